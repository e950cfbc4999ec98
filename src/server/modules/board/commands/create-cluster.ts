import { count, eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { loadStrategy } from '../../strategies/index.js';
import { assertOpen } from '../load.js';
import { lockBoard } from '../piles.js';
import { boardClusters } from '../tables.js';

/** A new, empty cluster after the others. */
export async function createCluster(tx: Db, actor: Actor, strategyId: string, name: string) {
  const strategy = await loadStrategy(tx, actor, strategyId);
  assertOpen(strategy);
  await lockBoard(tx, strategy.id);
  const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(boardClusters).where(eq(boardClusters.strategyId, strategy.id));
  const [cluster] = await tx
    .insert(boardClusters)
    .values({ organisationId: strategy.organisationId, strategyId: strategy.id, name, position: n })
    .returning();
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: 'board.cluster_created',
    subjectType: 'board_cluster',
    subjectId: cluster!.id,
    after: { name, position: cluster!.position },
  });
  return cluster!;
}
