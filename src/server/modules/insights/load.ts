import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { insights } from './tables.js';

export async function insightOwner(db: Db, insightId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: insights.organisationId }).from(insights).where(eq(insights.id, insightId));
  return row?.organisationId ?? null;
}

/** An insight of the actor's organisation, with its strategy; another organisation's is "not found". */
export async function loadInsight(db: Db, actor: Actor, insightId: string) {
  const [insight] = await db
    .select()
    .from(insights)
    .where(and(eq(insights.id, insightId), eq(insights.organisationId, actor.member.organisationId)));
  if (!insight) throw notFound('The insight');
  const strategy = await loadStrategy(db, actor, insight.strategyId);
  return { insight, strategy };
}

export function assertOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
}
