import { createHash } from 'node:crypto';
import type { ImportOptions, ImportPreview, InferredQuestion } from '../../../shared/contracts/imports.js';
import { LIKERT_LABELS, PREFER_NOT_TO_SAY, type Answers, type ProfileChoices } from '../../../shared/contracts/survey-definition.js';
import { dateOrderFallback, dateOrderOf, makeRowConverter } from './convert.js';
import { ENCODING_LABELS } from '../../platform/files/decode.js';
import { detectLayout, TOOL_LABELS, type Layout } from './layouts.js';
import { planImport, type ImportPlan, type Target } from './plan.js';
import { readTable, TableError, type Table } from '../../platform/files/table.js';

/**
 * File → preview and converted rows, without touching the database: the same function serves
 * the preview screen, `--dry-run`, and the commit (which refuses while any problem remains).
 */
export const JOB_THRESHOLD_ROWS = 5000;
const PREVIEW_ROWS = 10;

export interface ConvertedRow {
  answers: Answers;
  submittedOn: string | null;
}

export interface Prepared {
  preview: ImportPreview;
  plan: ImportPlan | null;
  layout: Layout | null;
  rows: ConvertedRow[];
}

export interface PrepareContext {
  profile: ProfileChoices;
  target: Target | null;
  /** The same file already imported (into this survey, or anywhere in the strategy when creating). */
  duplicateOf: { surveyId: string; surveyTitle: string; importedAt: string } | null;
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const DELIMITER_LABELS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' };

function refused(fileName: string, sha256: string, error: TableError): Prepared {
  const problem = { row: error.row, column: null, columnTitle: null, message: error.message, moreRows: 0, text: error.message };
  return {
    preview: {
      fileName, sha256, tool: 'plain', toolLabel: 'Unknown', format: 'csv', encoding: null, delimiter: null, lineEnding: null,
      headerRows: 0, rowCount: 0, header: [], firstRows: [], columns: [], questions: [], identifying: [], completedColumn: null,
      dateOrder: 'day-month-year', problems: [problem], problemCount: 1, unmatchedProfileAnswers: 0, canImport: false, target: null,
      duplicateOf: null, runsAsJob: false,
    },
    plan: null,
    layout: null,
    rows: [],
  };
}

export async function prepareImport(bytes: Uint8Array, fileName: string, options: ImportOptions, context: PrepareContext): Promise<Prepared> {
  const sha256 = sha256Of(bytes);
  let table: Table;
  try {
    table = await readTable(bytes);
  } catch (error) {
    if (error instanceof TableError) return refused(fileName, sha256, error);
    throw error;
  }
  const layout = detectLayout(table.rows);
  const plan = planImport({ table, layout, options, profile: context.profile, target: context.target, fileName });
  const { problems } = plan;
  const dataRows = table.rows.slice(layout.headerRows);
  if (dataRows.length === 0) problems.add(null, null, null, 'The file has a header but no responses.');
  if (context.duplicateOf) {
    const when = context.duplicateOf.importedAt.slice(0, 10);
    problems.add(null, null, null, context.target
      ? `This file was already imported into "${context.duplicateOf.surveyTitle}" on ${when}. Importing it again would count every response twice.`
      : `This file was already imported on ${when}, as the survey "${context.duplicateOf.surveyTitle}". Import a different file, or open that survey.`);
  }
  const completed = layout.columns.find((c) => c.role === 'completed') ?? null;
  const completedCells = completed ? dataRows.map((r) => r[completed.index] ?? '') : [];
  const dateOrder = dateOrderOf(completedCells, dateOrderFallback(layout.tool, completedCells));
  let unmatchedProfileAnswers = 0;
  const convert = makeRowConverter({
    plan,
    profile: context.profile,
    unmatchedProfile: options.unmatchedProfile,
    onUnmatchedProfile: () => (unmatchedProfileAnswers += 1),
    completedColumn: completed?.index ?? null,
    completedTitle: completed?.title ?? null,
    dateOrder,
    dateCells: table.dateCells,
    problems,
  });
  const rows = dataRows.map((cells, i) => convert(cells, layout.headerRows + i, table.rowNumbers[layout.headerRows + i]!));

  const dropped = new Set(plan.identifying.filter((c) => !c.keep).map((c) => c.column));
  const preview: ImportPreview = {
    fileName,
    sha256,
    tool: layout.tool,
    toolLabel: TOOL_LABELS[layout.tool],
    format: table.format,
    encoding: table.encoding ? ENCODING_LABELS[table.encoding] : null,
    delimiter: table.delimiter ? DELIMITER_LABELS[table.delimiter]! : null,
    lineEnding: table.lineEnding,
    headerRows: layout.headerRows,
    rowCount: dataRows.length,
    header: layout.columns.map((c) => c.header),
    firstRows: dataRows.slice(0, PREVIEW_ROWS).map((r) => r.map((cell, c) => (dropped.has(c) ? '(dropped)' : cell))),
    columns: layout.columns.map((c) => {
      const marked = plan.identifying.find((i) => i.column === c.index);
      return { index: c.index, header: c.header, role: marked ? 'identifying' : c.role, reason: marked?.reason ?? c.reason };
    }),
    questions: summarise(plan, rows, context.profile),
    identifying: plan.identifying,
    completedColumn: completed?.index ?? null,
    dateOrder,
    problems: problems.list,
    problemCount: problems.total,
    unmatchedProfileAnswers,
    canImport: problems.total === 0,
    target: context.target ? { surveyId: context.target.survey.id, title: context.target.survey.title, anonymous: context.target.survey.anonymous } : null,
    duplicateOf: context.duplicateOf,
    runsAsJob: dataRows.length > JOB_THRESHOLD_ROWS,
  };
  return { preview, plan, layout, rows };
}

/** Each question as the preview shows it, with how often each option was chosen. */
function summarise(plan: ImportPlan, rows: ConvertedRow[], profile: ProfileChoices): InferredQuestion[] {
  return plan.questions.map((q) => {
    const question = q.question;
    const tally = new Map<string, number>();
    let answered = 0;
    if (question && !q.skipped) {
      const bump = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
      for (const row of rows) {
        const value = row.answers[question.id];
        if (value === undefined) continue;
        answered += 1;
        // What tells rankings apart is the first choice (results count first choices too).
        if (Array.isArray(value) && question.type === 'ranking') bump(value[0]!);
        else if (Array.isArray(value)) value.forEach(bump);
        else if (typeof value === 'object') Object.values(value).forEach((level) => bump(String(level)));
        else if (typeof value === 'number' || question.type !== 'short_text' && question.type !== 'long_text') bump(String(value));
      }
    }
    const type = question?.type ?? q.type;
    let options: { key: string; label: string; count: number }[] = [];
    if (type === 'likert' || type === 'matrix') options = LIKERT_LABELS.map((label, i) => ({ key: String(i + 1), label, count: tally.get(String(i + 1)) ?? 0 }));
    else if (type === 'rating') options = [...tally.keys()].sort((a, b) => Number(a) - Number(b)).map((key) => ({ key, label: key, count: tally.get(key)! }));
    else if (type === 'profile' && question?.dimension) {
      options = [...profile[question.dimension], { key: PREFER_NOT_TO_SAY, label: 'Prefer not to say' }]
        .filter((c) => tally.has(c.key))
        .map((c) => ({ key: c.key, label: c.label, count: tally.get(c.key)! }));
    } else if (question) options = question.options.map((o) => ({ key: o.key, label: o.label, count: tally.get(o.key) ?? 0 }));
    return {
      column: q.column,
      columns: q.columns,
      title: q.title,
      type,
      inferredType: q.inferredType,
      skipped: q.skipped,
      separator: q.style === 'cell' && type === 'multiple_choice' ? q.separator : null,
      options,
      rows: question?.rows ?? [],
      dimension: question?.dimension ?? q.dimension,
      targetQuestionId: plan.create ? null : (question?.id ?? null),
      answered,
    };
  });
}
