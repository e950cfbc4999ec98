import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../platform/module.js';
import { enqueueAnalysis } from './analysis/job.js';
import { evidenceItems } from './tables.js';

/**
 * Evidence arrives by database triggers from modules that come before this one (responses,
 * imports, workshops, interviews), so none of them can queue the analysis without a module cycle.
 * Instead the library queues it itself whenever it is read and holds unanalysed items (one look
 * through the partial index of unanalysed items), and quotes mask an unanalysed item's personal
 * information on the spot (see `quotes.ts`), so nothing leaves unmasked while the job catches up.
 */
export async function analyseWhenStale(ctx: AppContext, organisationId: string): Promise<void> {
  const [waiting] = await ctx.db
    .select({ id: evidenceItems.id })
    .from(evidenceItems)
    .where(and(eq(evidenceItems.organisationId, organisationId), isNull(evidenceItems.analysedAt)))
    .limit(1);
  if (waiting) await enqueueAnalysis(ctx, organisationId);
}
