import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { AppContext } from '../../../platform/module.js';
import type { Actor } from '../../../platform/http/access.js';
import { assertOpen, loadCluster } from '../load.js';
import { clusterOrder, lockBoard, placed, writeClusterOrder } from '../piles.js';
import { boardClusters } from '../tables.js';

/** Renames a cluster and/or moves it among the clusters (the others close up around it). */
export async function updateCluster(ctx: AppContext, actor: Actor, clusterId: string, input: { name?: string; position?: number }) {
  return ctx.db.transaction(async (tx) => {
    const { strategy } = await loadCluster(tx, actor, clusterId);
    assertOpen(strategy);
    await lockBoard(tx, strategy.id);
    // Read again under the lock: a concurrent change may have moved it since.
    const { cluster } = await loadCluster(tx, actor, clusterId);
    if (input.name !== undefined && input.name !== cluster.name) {
      await tx.update(boardClusters).set({ name: input.name }).where(eq(boardClusters.id, cluster.id));
    }
    let position = cluster.position;
    if (input.position !== undefined) {
      const order = placed(await clusterOrder(tx, strategy.id), cluster.id, input.position);
      await writeClusterOrder(tx, strategy.id, order);
      position = order.indexOf(cluster.id);
    }
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'board.cluster_updated',
      subjectType: 'board_cluster',
      subjectId: cluster.id,
      before: { name: cluster.name, position: cluster.position },
      after: { name: input.name ?? cluster.name, position },
    });
    return { ...cluster, name: input.name ?? cluster.name, position };
  });
}
