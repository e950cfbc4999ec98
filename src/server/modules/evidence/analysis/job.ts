import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/module.js';
import { jobProgress } from '../../../platform/tables.js';
import { analyseOrganisation } from './analyse.js';
import { onMachineAnalyser } from './detectors.js';

export const ANALYSIS_JOB = 'evidence-analysis';

export function defineAnalysisJob(ctx: AppContext): void {
  ctx.jobs.define<{ organisationId: string }>(ANALYSIS_JOB, async ({ organisationId }, progress) => {
    const result = await analyseOrganisation(ctx.db, organisationId, onMachineAnalyser(), (done, total) =>
      progress.update(done, total, 'Looking for sentiment and personal information'),
    );
    await progress.update(result.analysed, result.analysed, result.failed ? `${result.failed} items could not be analysed; they will be tried again` : null);
    return result;
  });
}

/**
 * Queues the analysis of an organisation's new evidence, once: while one is queued or running,
 * another would only find the same items. Never throws: evidence is usable before it is analysed
 * (quotes are masked once the detections land), so a busy queue must not fail the request.
 */
export async function enqueueAnalysis(ctx: AppContext, organisationId: string): Promise<string | null> {
  try {
    const [waiting] = await ctx.db
      .select({ id: jobProgress.id })
      .from(jobProgress)
      .where(and(eq(jobProgress.kind, ANALYSIS_JOB), eq(jobProgress.organisationId, organisationId), inArray(jobProgress.state, ['queued', 'running']),
        // A job whose process died stays "running"; after a quiet while it no longer counts.
        gt(jobProgress.updatedAt, sql`now() - interval '15 minutes'`)))
      .limit(1);
    if (waiting) return waiting.id;
    return await ctx.jobs.enqueue(ANALYSIS_JOB, { organisationId }, { organisationId });
  } catch (error) {
    console.error('[evidence] could not queue the analysis:', (error as Error).message);
    return null;
  }
}
