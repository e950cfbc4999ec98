import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { AppContext } from '../../../platform/module.js';
import type { Actor } from '../../../platform/http/access.js';
import { assertOpen, loadCluster } from '../load.js';
import { clusterOrder, lockBoard, pileOrder, writeClusterOrder, writePile } from '../piles.js';
import { boardClusters } from '../tables.js';

/**
 * Deletes a cluster; its cards go back to the end of the unsorted pile in their order, so no
 * sorting work is lost with it. An insight made from it stays (it stands on its own evidence).
 */
export async function deleteCluster(ctx: AppContext, actor: Actor, clusterId: string) {
  return ctx.db.transaction(async (tx) => {
    const { strategy } = await loadCluster(tx, actor, clusterId);
    assertOpen(strategy);
    await lockBoard(tx, strategy.id);
    const { cluster } = await loadCluster(tx, actor, clusterId);
    const cards = await pileOrder(tx, strategy.id, cluster.id);
    await writePile(tx, strategy.id, null, [...(await pileOrder(tx, strategy.id, null)), ...cards]);
    await tx.delete(boardClusters).where(eq(boardClusters.id, cluster.id));
    await writeClusterOrder(tx, strategy.id, await clusterOrder(tx, strategy.id));
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'board.cluster_deleted',
      subjectType: 'board_cluster',
      subjectId: cluster.id,
      before: { name: cluster.name, position: cluster.position, cards: cards.length, insightId: cluster.insightId },
    });
    return { cardsReturned: cards.length };
  });
}
