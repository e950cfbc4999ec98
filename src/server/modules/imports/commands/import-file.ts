import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ImportDone, ImportOptions, ImportPreview } from '../../../../shared/contracts/imports.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Database, Db } from '../../../platform/db/client.js';
import { isUniqueViolation } from '../../../platform/db/unique-violation.js';
import { AppError, conflict } from '../../../platform/errors.js';
import { surveyQuestions, surveys, surveySections, type IdentifyingKept } from '../../surveys/tables.js';
import { prepareFile, type PlanSummary } from '../prepare-off-thread.js';
import { sha256Of } from '../prepare.js';
import { loadImportStrategy, loadPrepareContext, type Importer } from '../queries.js';
import { importUploads, imports } from '../tables.js';
import { writeResponses } from '../write-responses.js';

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
export async function previewImport(db: Db, who: Importer, input: ImportInput): Promise<{ preview: ImportPreview }> {
  await loadImportStrategy(db, who.organisationId, input.strategyId);
  const context = await loadPrepareContext(db, who.organisationId, input.strategyId, input.options, sha256Of(input.bytes));
  const { preview } = await prepareFile({ bytes: input.bytes, fileName: input.fileName, options: input.options, context, encode: null });
  return { preview };
}

/**
 * Imports the whole file in one transaction, or nothing: the survey (when created), its
 * responses and answers, the running counts exactly as if each response had been recorded one by
 * one, the import record and the audit entry. The writes go through one raw connection (on
 * PGlite there is only one), with drizzle on the same transaction for everything but the COPYs.
 */
export async function importFile(
  database: Database,
  who: Importer,
  input: ImportInput & { uploadId?: string },
  onProgress: (done: number, total: number) => Promise<void> | void = () => {},
): Promise<ImportDone> {
  const { db } = database;
  const strategy = await loadImportStrategy(db, who.organisationId, input.strategyId);
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before importing.');
  const context = await loadPrepareContext(db, who.organisationId, input.strategyId, input.options, sha256Of(input.bytes));
  const target = { surveyId: context.target?.survey.id ?? randomUUID(), importId: randomUUID(), day: new Date().toISOString().slice(0, 10) };
  const prepared = await prepareFile({ bytes: input.bytes, fileName: input.fileName, options: input.options, context, encode: target });
  const { preview, plan, encoded } = prepared;
  try {
    if (!preview.canImport || !plan || !encoded) throw new ImportRefused(preview);
    const total = preview.rowCount;
    await onProgress(0, total);
    return await database.transaction(async (conn) => {
      const tx = conn.db;
      const { surveyId, importId } = target;
      const kept: IdentifyingKept[] = plan.identifying.filter((c) => c.keep).map((c) => ({ column: c.title, reason: c.reason, fileName: input.fileName }));
      if (!context.target) await createSurvey(tx, who, input, plan, surveyId, kept);
      else if (kept.length > 0) {
        await tx.update(surveys).set({ identifyingKept: sql`${surveys.identifyingKept} || ${JSON.stringify(kept)}::jsonb` }).where(sql`${surveys.id} = ${surveyId}`);
      }
      await tx.insert(imports).values({
        id: importId, organisationId: who.organisationId, strategyId: input.strategyId, surveyId, fileName: input.fileName,
        fileSha256: preview.sha256, tool: preview.tool, rowCount: total, createdBy: who.userId,
      });
      const answers = await writeResponses(conn, surveyId, encoded, total, onProgress);
      await writeAudit(tx, { userId: who.userId, name: who.name ?? 'Command line' }, {
        organisationId: who.organisationId,
        action: 'survey.imported',
        subjectType: 'survey',
        subjectId: surveyId,
        // What was imported, never what anyone said.
        // Kept identifying columns are named with the reason, so the choice can be reviewed later.
        after: {
          // The survey's title names the record in the audit trail.
          title: context.target?.survey.title ?? importedSurveyTitle(input),
          fileName: input.fileName, tool: preview.tool, responses: total, createdSurvey: plan.create, anonymous: plan.anonymous,
          keptIdentifying: kept.map((c) => `${c.column} (${c.reason})`),
          droppedIdentifying: plan.identifying.filter((c) => !c.keep).map((c) => c.title),
        },
      });
      if (input.uploadId) await tx.delete(importUploads).where(sql`${importUploads.id} = ${input.uploadId}`);
      return { status: 'done' as const, importId, surveyId, responses: total, answers };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'imports_file_once')) {
      throw conflict('This file has just been imported into the same survey. Nothing was saved a second time.');
    }
    throw error;
  } finally {
    prepared.close();
  }
}

async function createSurvey(tx: Db, who: Importer, input: ImportInput, plan: PlanSummary, id: string, identifyingKept: IdentifyingKept[]): Promise<void> {
  const title = importedSurveyTitle(input);
  await tx
    .insert(surveys)
    .values({ id, organisationId: who.organisationId, strategyId: input.strategyId, title, status: 'closed', anonymous: plan.anonymous, source: 'import', identifyingKept });
  const section = plan.definition.sections[0]!;
  await tx.insert(surveySections).values({ id: section.id, surveyId: id, position: 0, title: section.title, description: section.description });
  if (plan.definition.questions.length > 0) {
    await tx.insert(surveyQuestions).values(plan.definition.questions.map((q, position) => ({
      id: q.id, surveyId: id, sectionId: q.sectionId, position, type: q.type, title: q.title, help: q.help,
      required: q.required, options: q.options, rows: q.rows, dimension: q.dimension, showIf: q.showIf,
    })));
  }
}

/** A new survey's title: the one asked for, else the file's name without its extension. */
function importedSurveyTitle(input: ImportInput): string {
  return input.options.title ?? input.fileName.replace(/\.(csv|tsv|txt|xlsx)$/i, '').slice(0, 200);
}
