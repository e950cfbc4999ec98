import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ImportDone, ImportOptions, ImportPreview } from '../../../../shared/contracts/imports.js';
import type { ProfileChoices } from '../../../../shared/contracts/survey-definition.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError, conflict } from '../../../platform/errors.js';
import { flattenAnswers, respondentTally, segmentOf } from '../../responses/index.js';
import { surveyQuestions, surveys, surveySections } from '../../surveys/tables.js';
import type { ImportPlan } from '../plan.js';
import { prepareImport, sha256Of, type ConvertedRow, type Prepared } from '../prepare.js';
import { loadImportStrategy, loadPrepareContext, type Importer } from '../queries.js';
import { importUploads, imports } from '../tables.js';

/** A refused import: nothing was saved. The problems say which row and what is wrong. */
export class ImportRefused extends AppError {
  constructor(readonly preview: ImportPreview) {
    const n = preview.problemCount;
    const what = n === 1 ? preview.problems[0]!.text : `there are ${n.toLocaleString('en-GB')} problems to put right first (the first: ${preview.problems[0]?.text})`;
    super(400, 'import_refused', `The file was not imported: ${what} Nothing was saved.`,
      preview.problems.map((p) => ({ field: p.column === null ? 'file' : `column ${p.column + 1}`, message: p.text })));
  }
}

export interface ImportInput {
  strategyId: string;
  fileName: string;
  bytes: Uint8Array;
  options: ImportOptions;
}

/** The preview: what would be imported, and every problem. Changes nothing. */
export async function previewImport(db: Db, who: Importer, input: ImportInput): Promise<Prepared> {
  await loadImportStrategy(db, who.organisationId, input.strategyId);
  const context = await loadPrepareContext(db, who.organisationId, input.strategyId, input.options, sha256Of(input.bytes));
  return prepareImport(input.bytes, input.fileName, input.options, context);
}

/** Rows per INSERT: a few statements instead of one per response (batching is ~9× faster). */
const BATCH_ROWS = 2000;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Imports the whole file in one transaction, or nothing: the survey (when created), its
 * responses and answers, the running counts exactly as if each response had been recorded one by
 * one, the import record and the audit entry.
 */
export async function importFile(
  db: Db,
  who: Importer,
  input: ImportInput & { uploadId?: string },
  onProgress: (done: number, total: number) => Promise<void> | void = () => {},
): Promise<ImportDone> {
  const strategy = await loadImportStrategy(db, who.organisationId, input.strategyId);
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before importing.');
  const context = await loadPrepareContext(db, who.organisationId, input.strategyId, input.options, sha256Of(input.bytes));
  const prepared = await prepareImport(input.bytes, input.fileName, input.options, context);
  const { preview, plan } = prepared;
  if (!preview.canImport || !plan) throw new ImportRefused(preview);
  const total = prepared.rows.length;
  await onProgress(0, total);
  try {
    return await db.transaction(async (tx) => {
      const surveyId = context.target?.survey.id ?? (await createSurvey(tx, who, input, plan));
      const importId = randomUUID();
      await tx.insert(imports).values({
        id: importId, organisationId: who.organisationId, strategyId: input.strategyId, surveyId, fileName: input.fileName,
        fileSha256: preview.sha256, tool: preview.tool, rowCount: total, createdBy: who.userId,
      });
      const answers = await writeResponses(tx, surveyId, importId, plan, context.profile, prepared.rows, onProgress);
      await writeAudit(tx, { userId: who.userId, name: who.name ?? 'Command line' }, {
        organisationId: who.organisationId,
        action: 'survey.imported',
        subjectType: 'survey',
        subjectId: surveyId,
        // What was imported, never what anyone said.
        after: { fileName: input.fileName, tool: preview.tool, responses: total, createdSurvey: plan.create, keptIdentifying: plan.identifying.filter((c) => c.keep).map((c) => c.title) },
      });
      if (input.uploadId) await tx.delete(importUploads).where(sql`${importUploads.id} = ${input.uploadId}`);
      return { status: 'done' as const, importId, surveyId, responses: total, answers };
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505' && String((error as Error).message).includes('imports_file_once')) {
      throw conflict('This file has just been imported into the same survey. Nothing was saved a second time.');
    }
    throw error;
  }
}

async function createSurvey(tx: Db, who: Importer, input: ImportInput, plan: ImportPlan): Promise<string> {
  const title = input.options.title ?? input.fileName.replace(/\.(csv|tsv|txt|xlsx)$/i, '').slice(0, 200);
  const [survey] = await tx
    .insert(surveys)
    .values({ organisationId: who.organisationId, strategyId: input.strategyId, title, status: 'closed', anonymous: plan.anonymous, source: 'import' })
    .returning({ id: surveys.id });
  const section = plan.definition.sections[0]!;
  await tx.insert(surveySections).values({ id: section.id, surveyId: survey!.id, position: 0, title: section.title, description: section.description });
  if (plan.definition.questions.length > 0) {
    await tx.insert(surveyQuestions).values(plan.definition.questions.map((q, position) => ({
      id: q.id, surveyId: survey!.id, sectionId: q.sectionId, position, type: q.type, title: q.title, help: q.help,
      required: q.required, options: q.options, rows: q.rows, dimension: q.dimension, showIf: q.showIf,
    })));
  }
  return survey!.id;
}

/**
 * An array parameter sent as one PostgreSQL array literal (cast back with `::text::uuid[]` etc.):
 * PGlite serialises a long JS array element by element, which costs more than the insert.
 */
const element = (v: string | number | null) =>
  v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const param = (value: (string | number | null)[]) => sql.param(`{${value.map(element).join(',')}}`);

/**
 * Responses and answers in batches (one INSERT … SELECT FROM unnest(arrays) per batch, so a
 * statement has six parameters however many rows it carries); counts built in memory with the
 * same keys as flattenAnswers/segmentOf/respondentTally and written once at the end.
 */
async function writeResponses(
  tx: Db,
  surveyId: string,
  importId: string,
  plan: ImportPlan,
  profile: ProfileChoices,
  rows: ConvertedRow[],
  onProgress: (done: number, total: number) => Promise<void> | void,
): Promise<number> {
  const counts = new Map<string, number>();
  const tally = respondentTally(surveyId);
  const day = today();
  let answerCount = 0;
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    const r = { id: [] as string[], day: [] as string[], key: [] as string[], group: [] as (string | null)[], division: [] as (string | null)[], site: [] as (string | null)[] };
    const a = { response: [] as string[], question: [] as string[], item: [] as string[], number: [] as (number | null)[], text: [] as (string | null)[] };
    batch.forEach((row, i) => {
      const id = randomUUID();
      const segment = segmentOf(plan.definition, row.answers, profile);
      r.id.push(id);
      r.day.push(row.submittedOn ?? day);
      r.key.push(`import:${importId}:${start + i}`);
      r.group.push(segment.staffGroupId);
      r.division.push(segment.divisionId);
      r.site.push(segment.siteId);
      const flat = flattenAnswers(plan.definition, row.answers);
      for (const answer of flat.rows) {
        a.response.push(id);
        a.question.push(answer.questionId);
        a.item.push(answer.item);
        a.number.push(answer.number);
        a.text.push(answer.text);
      }
      const cell = `${segment.staffGroupId ?? ''}\u0001${segment.divisionId ?? ''}\u0001${segment.siteId ?? ''}`;
      for (const c of [...flat.counts, tally]) {
        const key = `${c.questionId}\u0001${c.item}\u0001${c.value}\u0001${cell}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    });
    await tx.execute(sql`
      INSERT INTO survey_responses (id, survey_id, submitted_on, idempotency_key, staff_group_id, division_id, site_id, source, import_id)
      SELECT u.id, ${surveyId}::uuid, u.day, u.key, u.grp, u.division, u.site, 'import', ${importId}::uuid
      FROM unnest(${param(r.id)}::text::uuid[], ${param(r.day)}::text::date[], ${param(r.key)}::text::text[], ${param(r.group)}::text::uuid[], ${param(r.division)}::text::uuid[], ${param(r.site)}::text::uuid[])
        AS u(id, day, key, grp, division, site)`);
    if (a.response.length > 0) {
      await tx.execute(sql`
        INSERT INTO survey_answers (response_id, question_id, item, number, text)
        SELECT * FROM unnest(${param(a.response)}::text::uuid[], ${param(a.question)}::text::uuid[], ${param(a.item)}::text::text[], ${param(a.number)}::text::int[], ${param(a.text)}::text::text[])`);
    }
    answerCount += a.response.length;
    await onProgress(Math.min(start + BATCH_ROWS, rows.length), rows.length);
  }
  await writeCounts(tx, surveyId, counts);
  return answerCount;
}

/** Adds the tallies to the survey's running counts (an existing survey may already have some). */
async function writeCounts(tx: Db, surveyId: string, counts: Map<string, number>): Promise<void> {
  const entries = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let start = 0; start < entries.length; start += 5000) {
    const c = { question: [] as string[], item: [] as string[], value: [] as string[], group: [] as (string | null)[], division: [] as (string | null)[], site: [] as (string | null)[], count: [] as number[] };
    for (const [key, count] of entries.slice(start, start + 5000)) {
      const [question, item, value, group, division, site] = key.split('\u0001') as [string, string, string, string, string, string];
      c.question.push(question);
      c.item.push(item);
      c.value.push(value);
      c.group.push(group || null);
      c.division.push(division || null);
      c.site.push(site || null);
      c.count.push(count);
    }
    await tx.execute(sql`
      INSERT INTO survey_answer_counts (survey_id, question_id, item, value, staff_group_id, division_id, site_id, count)
      SELECT ${surveyId}::uuid, * FROM unnest(${param(c.question)}::text::uuid[], ${param(c.item)}::text::text[], ${param(c.value)}::text::text[], ${param(c.group)}::text::uuid[], ${param(c.division)}::text::uuid[], ${param(c.site)}::text::uuid[], ${param(c.count)}::text::int[])
      ON CONFLICT (question_id, item, value, staff_group_id, division_id, site_id)
      DO UPDATE SET count = survey_answer_counts.count + excluded.count`);
  }
}
