import { randomUUID } from 'node:crypto';
import type { ImportOptions } from '../../../shared/contracts/imports.js';
import type { Choice, ProfileChoices, ProfileDimension, QuestionDefinition, QuestionType, SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import { identifyingByContent, identifyingByHeader } from './identifying.js';
import { groupStyle, inferCellQuestion, looksLikeExcelDate, normaliseLabel, profileDimensionOf, splitMulti, ticked, vocabulary, type CellInference } from './infer.js';
import { TOOL_LABELS, type Layout, type SourceColumn } from './layouts.js';
import { ProblemLog, quote } from './problems.js';
import { orderOptions } from './scales.js';
import type { Table } from '../../platform/files/table.js';

/**
 * The import plan: which columns become which questions (inferred, or chosen by the person),
 * which columns are dropped, and the survey definition the answers are stored against.
 */
export type Style = 'cell' | 'option_columns' | 'grid' | 'ranking' | 'rank_positions';

export interface PlannedQuestion {
  column: number;
  columns: number[];
  subs: string[];
  title: string;
  style: Style;
  inferredType: QuestionType;
  type: QuestionType;
  skipped: boolean;
  separator: string | null;
  dimension: ProfileDimension | null;
  /** The created or target question; null when skipped or not matched. */
  question: QuestionDefinition | null;
  /** Normalised label → option key (choices), or column → statement key (grids) or option key (option and rank columns). */
  lookup: Map<string, string>;
}

export interface Target {
  survey: { id: string; title: string; anonymous: boolean };
  definition: SurveyDefinition;
}

export interface PlanInput {
  table: Table;
  layout: Layout;
  options: ImportOptions;
  profile: ProfileChoices;
  target: Target | null;
  fileName: string;
}

export interface ImportPlan {
  questions: PlannedQuestion[];
  identifying: { column: number; title: string; reason: string; keep: boolean }[];
  definition: SurveyDefinition;
  /** True when every question and the section are new (a survey is created). */
  create: boolean;
  anonymous: boolean;
  problems: ProblemLog;
}

const slug = (label: string) => normaliseLabel(label).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 36);

/** Option keys from labels: readable, unique within the question, within the key rules. */
export function choicesFrom(labels: string[]): Choice[] {
  const used = new Set<string>();
  return labels.map((label, i) => {
    let key = slug(label) || `option_${i + 1}`;
    for (let n = 2; used.has(key); n += 1) key = `${slug(label).slice(0, 33) || 'option'}_${n}`;
    used.add(key);
    return { key, label: label.slice(0, 200) };
  });
}

const CELL_TYPES: QuestionType[] = ['single_choice', 'multiple_choice', 'ranking', 'likert', 'rating', 'short_text', 'long_text', 'profile'];
const TITLE_MAX = 500;
const GROUP_TYPES: Record<Exclude<Style, 'cell'>, QuestionType> = { grid: 'matrix', option_columns: 'multiple_choice', ranking: 'ranking', rank_positions: 'ranking' };

function markIdentifying(columns: SourceColumn[], values: (c: number) => string[]): SourceColumn[] {
  return columns.map((column) => {
    if (column.role !== 'question' || column.sub !== null || profileDimensionOf(column.title)) return column;
    const reason = identifyingByHeader(column.title) ?? identifyingByContent(values(column.index));
    return reason ? { ...column, role: 'identifying', reason } : column;
  });
}

interface Draft {
  column: number;
  columns: number[];
  subs: string[];
  title: string;
  style: Style;
}

/** Groups question columns; a group that is neither options nor a grid is split into single columns. */
function draftQuestions(columns: SourceColumn[], values: (c: number) => string[], numericLevels: boolean): Draft[] {
  const groups = new Map<number, SourceColumn[]>();
  for (const column of columns) {
    if (column.role !== 'question') continue;
    groups.set(column.group, [...(groups.get(column.group) ?? []), column]);
  }
  const drafts: Draft[] = [];
  const single = (c: SourceColumn): Draft => ({
    column: c.index,
    columns: [c.index],
    subs: [],
    title: c.sub ? `${c.title} – ${c.sub}` : c.title,
    style: 'cell',
  });
  for (const members of groups.values()) {
    const withSubs = members.filter((m) => m.sub !== null);
    if (members.length === 1 || withSubs.length < 2) {
      drafts.push(...members.map(single));
      continue;
    }
    const described = members.map((m) => ({ column: m, sub: m.sub ?? m.title, values: values(m.index) }));
    let style = groupStyle(described, numericLevels);
    let inGroup = described;
    if (style === 'separate') {
      // SurveyMonkey's "Other (please specify)" column holds text beside the option columns.
      const optionLike = described.filter((d) => d.column.sub !== null && d.values.every((v) => ticked(v, d.sub) !== null));
      if (optionLike.length >= 2) {
        style = 'option_columns';
        inGroup = optionLike;
      }
    }
    if (style === 'separate') {
      drafts.push(...members.map(single));
      continue;
    }
    const first = inGroup[0]!.column;
    drafts.push({ column: first.index, columns: inGroup.map((d) => d.column.index), subs: inGroup.map((d) => d.sub), title: first.title, style });
    for (const rest of described) if (!inGroup.includes(rest)) drafts.push(single(rest.column));
  }
  return drafts.sort((a, b) => a.column - b.column);
}

export function planImport(input: PlanInput): ImportPlan {
  const { table, layout, options, target } = input;
  const problems = new ProblemLog();
  const dataRows = table.rows.slice(layout.headerRows);
  // Each column's cells, taken out of the rows once: planning reads a column several times.
  const columnCells = new Map<number, string[]>();
  const values = (c: number) => columnCells.get(c) ?? columnCells.set(c, dataRows.map((r) => r[c] ?? '')).get(c)!;
  const keep = new Set(options.keepIdentifying);
  const marked = markIdentifying(layout.columns, values);
  const identifying = marked
    .filter((c) => c.role === 'identifying')
    .map((c) => ({ column: c.index, title: c.title, reason: c.reason ?? 'identifying', keep: keep.has(c.index) }));
  // Keeping is a choice per column, and never into an anonymous survey (existing, or asked for).
  const anonymousSurvey = target ? (target.survey.anonymous ? `"${target.survey.title}" is anonymous` : null)
    : options.anonymous === true ? 'the new survey is to be anonymous' : null;
  for (const index of keep) {
    const column = marked[index];
    if (!column || column.role !== 'identifying') {
      problems.add(null, index, column?.title ?? null, 'This column is not an identifying column, so there is nothing to keep.');
    } else if (anonymousSurvey) {
      problems.add(null, index, column.title, `This column identifies people (${column.reason ?? 'identifying'}) and ${anonymousSurvey}, so it cannot be kept. Leave it out, or import into a survey that is not anonymous.`);
    }
  }
  // A refused column stays dropped, so the one problem about it is the only one.
  const columns = marked.map((c) => (c.role === 'identifying' && keep.has(c.index) && !anonymousSurvey ? { ...c, role: 'question' as const, group: c.index } : c));
  // The tool's own separator first; files re-saved by hand often use ";" or "|" whatever the tool.
  const separators = [...new Set([layout.separator, ';', '|'].filter((s): s is string => s !== null))];
  const choices = new Map(options.columns.map((c) => [c.column, c]));
  const sectionId = target?.definition.sections[0]?.id ?? randomUUID();
  const usedTargets = new Map<string, string>();

  const questions = draftQuestions(columns, values, layout.tool === 'limesurvey').map((draft): PlannedQuestion => {
    const choice = choices.get(draft.column);
    const inference: CellInference =
      draft.style === 'cell'
        ? inferCellQuestion(draft.title, values(draft.column), separators)
        : { type: GROUP_TYPES[draft.style], dimension: null, options: [], separator: null };
    const planned: PlannedQuestion = {
      ...draft,
      inferredType: inference.type,
      type: inference.type,
      skipped: choice?.skip === true,
      separator: inference.separator,
      dimension: inference.dimension,
      question: null,
      lookup: new Map(),
    };
    if (planned.skipped) return planned;
    const report = (message: string) => problems.add(null, draft.column, draft.title, message);
    if (target) {
      mapOntoTarget(planned, target, choice?.questionId, usedTargets, input.profile, layout.separator ?? ';', report);
      return planned;
    }
    if (choice?.type && choice.type !== inference.type) {
      const allowed = draft.style === 'cell' ? CELL_TYPES : [inference.type];
      if (!allowed.includes(choice.type)) report(`This column cannot be a "${choice.type.replace('_', ' ')}" question.`);
      else {
        planned.type = choice.type;
        if ((choice.type === 'multiple_choice' || choice.type === 'ranking') && !planned.separator) planned.separator = layout.separator ?? ';';
        if (choice.type === 'profile') planned.dimension = profileDimensionOf(draft.title);
        if (choice.type === 'profile' && !planned.dimension) {
          report('Say which profile this is: name the column "Staff group", "Division" or "Site".');
        }
      }
    }
    // Rank positions name the options in their cells, in any of the columns.
    const cells = draft.style === 'rank_positions' ? draft.columns.flatMap(values) : values(draft.column);
    planned.question = createQuestion(planned, sectionId, inference, cells, report);
    return planned;
  });
  questions.forEach((q) => {
    if (!q.skipped && q.question && q.style === 'cell' && q.type !== 'short_text' && q.type !== 'long_text') reportExcelDates(q, values(q.column), table, layout.headerRows, problems);
  });

  if (questions.every((q) => q.skipped || !q.question) && problems.total === 0) {
    problems.add(null, null, null, 'There are no question columns left to import.');
  }
  const definition: SurveyDefinition = target
    ? target.definition
    : {
        sections: [{ id: sectionId, title: `Imported from ${TOOL_LABELS[layout.tool]}`, description: `From the file ${input.fileName}` }],
        questions: questions.flatMap((q) => (q.question && !q.skipped ? [q.question] : [])),
      };
  return {
    questions,
    identifying,
    definition,
    create: !target,
    anonymous: target ? target.survey.anonymous : options.anonymous ?? identifying.every((c) => !c.keep),
    problems,
  };
}

function createQuestion(
  planned: PlannedQuestion,
  sectionId: string,
  inference: CellInference,
  cells: string[],
  report: (message: string) => void,
): QuestionDefinition {
  let labels: string[] = [];
  if (planned.type === 'single_choice' || planned.type === 'multiple_choice' || (planned.type === 'ranking' && planned.style !== 'ranking')) {
    const listed = planned.type !== 'single_choice' && planned.separator;
    labels = planned.style === 'option_columns'
      ? planned.subs
      : [...vocabulary(listed ? cells.flatMap((v) => splitMulti(v, planned.separator!)) : cells).values()].map((v) => v.label);
    // A scale keeps its order, with the levels nobody chose; other answers keep the file's order.
    if (planned.type === 'single_choice') labels = orderOptions(labels).labels;
    if (labels.length > 50) report(`This column has ${labels.length} different answers; a choice question can have at most 50 options. Import it as text instead.`);
    if (labels.some((l) => l.length > 200)) report('An option is longer than 200 characters. Import the column as text instead.');
  }
  if (planned.style === 'grid' && planned.subs.length > 30) report(`This grid has ${planned.subs.length} statements; a matrix can have at most 30.`);
  if (planned.title.length > TITLE_MAX) report(`The question is longer than ${TITLE_MAX} characters and will be shortened.`);
  if (planned.style === 'ranking') labels = planned.subs;
  const options = choicesFrom(labels.slice(0, 50));
  const rows = planned.style === 'grid' ? choicesFrom(planned.subs.slice(0, 30)) : [];
  options.forEach((o) => planned.lookup.set(normaliseLabel(o.label), o.key));
  rows.forEach((r, i) => planned.lookup.set(String(planned.columns[i]), r.key));
  if (planned.style === 'option_columns' || planned.style === 'ranking') options.forEach((o, i) => planned.lookup.set(String(planned.columns[i]), o.key));
  void inference;
  return {
    id: randomUUID(),
    sectionId,
    type: planned.type,
    title: planned.title.length > TITLE_MAX ? `${planned.title.slice(0, TITLE_MAX - 1)}…` : planned.title,
    help: '',
    required: false,
    options,
    rows,
    dimension: planned.type === 'profile' ? planned.dimension : null,
    showIf: null,
  };
}

function mapOntoTarget(
  planned: PlannedQuestion,
  target: Target,
  chosenId: string | undefined,
  used: Map<string, string>,
  profile: ProfileChoices,
  toolSeparator: string,
  report: (message: string) => void,
): void {
  const question = chosenId
    ? target.definition.questions.find((q) => q.id === chosenId)
    : target.definition.questions.find((q) => normaliseLabel(q.title) === normaliseLabel(planned.title));
  if (!question) {
    report(chosenId
      ? `The chosen question is not in "${target.survey.title}".`
      : `No question of "${target.survey.title}" has this title. Choose the question it belongs to, or skip the column.`);
    return;
  }
  const fits =
    planned.style === 'grid' ? question.type === 'matrix'
    : planned.style === 'option_columns' ? question.type === 'multiple_choice'
    : planned.style === 'ranking' || planned.style === 'rank_positions' ? question.type === 'ranking'
    : !['matrix', 'systems'].includes(question.type); // a systems question is not imported (its options are register ids)
  if (!fits) {
    report(`This column cannot hold answers to "${question.title}", a ${question.type.replace('_', ' ')} question.`);
    return;
  }
  const other = used.get(question.id);
  if (other !== undefined) {
    report(`Another column ("${other}") already goes to "${question.title}". Skip one of them.`);
    return;
  }
  used.set(question.id, planned.title);
  planned.type = question.type;
  planned.question = question;
  planned.dimension = question.dimension;
  if ((question.type === 'multiple_choice' || question.type === 'ranking') && planned.style === 'cell' && !planned.separator) planned.separator = toolSeparator;
  const choices = question.type === 'profile' && question.dimension ? profile[question.dimension] : question.options;
  choices.forEach((o) => planned.lookup.set(normaliseLabel(o.label), o.key));
  const byLabel = (list: Choice[], sub: string) => list.find((c) => normaliseLabel(c.label) === normaliseLabel(sub))?.key;
  planned.columns.forEach((column, i) => {
    if (planned.style === 'cell' || planned.style === 'rank_positions') return;
    const sub = planned.subs[i]!;
    const key = byLabel(planned.style === 'grid' ? question.rows : question.options, sub);
    if (key) planned.lookup.set(String(column), key);
    else report(`"${sub}" is not ${planned.style === 'grid' ? 'a statement' : 'an option'} of "${question.title}".`);
  });
  // A ranking may stop before the last option, but cannot have more places than options.
  if (planned.style === 'rank_positions' && planned.columns.length > question.options.length) {
    report(`The file has ${planned.columns.length} ranking positions but "${question.title}" has only ${question.options.length} options.`);
  }
}

/**
 * Excel turns "1-5" typed in a cell into 5 January (a date cell in XLSX, "05-Jan" in its CSV). In
 * a column of choices or numbers such a cell is almost certainly that accident: say which row.
 */
function reportExcelDates(q: PlannedQuestion, cells: string[], table: Table, headerRows: number, problems: ProblemLog): void {
  // A column of choices repeats a handful of strings: test each once.
  const looks = new Map<string, boolean>();
  const looksLikeDate = (cell: string) => looks.get(cell) ?? looks.set(cell, looksLikeExcelDate(cell)).get(cell)!;
  const dateCells = table.dateCells.size > 0;
  const dated = cells.flatMap((cell, i) => ((dateCells && table.dateCells.has(`${headerRows + i}:${q.column}`)) || looksLikeDate(cell) ? [i] : []));
  // A column that is all dates is a date question, not an accident.
  if (dated.length === 0 || dated.length > cells.filter((c) => c.trim() !== '').length / 2) return;
  for (const i of dated) {
    problems.add(table.rowNumbers[headerRows + i]!, q.column, q.title,
      `${quote(cells[i]!)} looks like a date: Excel may have turned a range such as "1-5" into a date. Correct the cell in the file.`);
  }
}
