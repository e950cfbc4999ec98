import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { boardClusters } from './tables.js';

export async function clusterOwner(db: Db, clusterId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: boardClusters.organisationId }).from(boardClusters).where(eq(boardClusters.id, clusterId));
  return row?.organisationId ?? null;
}

/** A cluster of the actor's organisation, with its strategy; another organisation's is "not found". */
export async function loadCluster(db: Db, actor: Actor, clusterId: string) {
  const [cluster] = await db
    .select()
    .from(boardClusters)
    .where(and(eq(boardClusters.id, clusterId), eq(boardClusters.organisationId, actor.member.organisationId)));
  if (!cluster) throw notFound('The cluster');
  const strategy = await loadStrategy(db, actor, cluster.strategyId);
  return { cluster, strategy };
}

export function assertOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before changing its board.');
}

export const scopeOf = (strategy: { id: string; organisationId: string }) => ({ organisationId: strategy.organisationId, strategyId: strategy.id });
