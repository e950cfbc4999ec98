import { eq, lt, sql } from 'drizzle-orm';
import type { ImportOptions } from '../../../shared/contracts/imports.js';
import type { Progress } from '../../platform/jobs.js';
import type { AppContext } from '../../platform/module.js';
import { ImportRefused, importFile, type ImportInput } from './commands/import-file.js';
import type { Importer } from './queries.js';
import { importUploads } from './tables.js';

export const IMPORT_JOB = 'survey-import';

/** Keeps the file for the background import (see tables.ts for why in the database) and queues it. */
export async function enqueueImport(ctx: AppContext, who: Importer, input: ImportInput): Promise<string> {
  // Files of imports that failed for good (after the queue's retries) are not kept for long.
  await ctx.db.delete(importUploads).where(lt(importUploads.createdAt, sql`now() - interval '7 days'`));
  const [upload] = await ctx.db
    .insert(importUploads)
    .values({
      organisationId: who.organisationId, strategyId: input.strategyId, fileName: input.fileName, content: Buffer.from(input.bytes),
      options: input.options, createdBy: who.userId, createdByName: who.name,
    })
    .returning({ id: importUploads.id });
  try {
    return await ctx.jobs.enqueue(IMPORT_JOB, { uploadId: upload!.id }, { organisationId: who.organisationId });
  } catch (error) {
    await ctx.db.delete(importUploads).where(eq(importUploads.id, upload!.id));
    throw error;
  }
}

export function defineImportJob(ctx: AppContext): void {
  ctx.jobs.define<{ uploadId: string }>(IMPORT_JOB, async ({ uploadId }, progress: Progress) => {
    const [upload] = await ctx.db.select().from(importUploads).where(eq(importUploads.id, uploadId));
    if (!upload) throw new Error('The uploaded file is no longer waiting to be imported; upload it again.');
    const who: Importer = { organisationId: upload.organisationId, userId: upload.createdBy, name: upload.createdByName };
    // Embedded PGlite has one connection, held by the import's transaction: a progress write
    // awaited inside it would wait for ever. There the writes are queued and land after commit.
    const report = ctx.database.kind === 'pglite'
      ? (done: number, total: number) => void progress.update(done, total, 'Importing responses').catch(() => {})
      : (done: number, total: number) => progress.update(done, total, 'Importing responses');
    // Reading and checking a large file takes seconds before the first response is written; the
    // database is free meanwhile (the work is in a worker thread), so say what is happening.
    await progress.update(0, null, 'Reading and checking the file');
    try {
      return await importFile(ctx.database, who, {
        strategyId: upload.strategyId, fileName: upload.fileName, bytes: new Uint8Array(upload.content),
        options: upload.options as ImportOptions, uploadId,
      }, report);
    } catch (error) {
      // A refusal will not change on retry: drop the file and report the problems as the
      // job's result (a thrown error would be retried, and the retry would hide the reason).
      if (!(error instanceof ImportRefused) && (error as { status?: number }).status !== 409) throw error;
      await ctx.db.delete(importUploads).where(eq(importUploads.id, uploadId));
      const problems = error instanceof ImportRefused ? error.preview.problems.slice(0, 50).map((p) => p.text) : [];
      return { status: 'refused', message: (error as Error).message, problems };
    }
  });
}
