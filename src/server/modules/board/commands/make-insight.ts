import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { AppContext } from '../../../platform/module.js';
import type { Actor } from '../../../platform/http/access.js';
import { authorize } from '../../../platform/policy.js';
import { createInsight } from '../../insights/index.js';
import { assertOpen, loadCluster } from '../load.js';
import { lockBoard, pileOrder } from '../piles.js';
import { boardClusters } from '../tables.js';

/**
 * Turns a cluster into an insight in one step: its name is the statement, its cards the
 * evidence, and the cluster remembers the insight. Asking again returns the same insight
 * (a double click, or a second person at the same moment, makes one insight, not two).
 */
export async function makeInsight(ctx: AppContext, actor: Actor, clusterId: string) {
  authorize(actor.member.role, 'create', 'insight');
  return ctx.db.transaction(async (tx) => {
    const { strategy } = await loadCluster(tx, actor, clusterId);
    assertOpen(strategy);
    await lockBoard(tx, strategy.id);
    const { cluster } = await loadCluster(tx, actor, clusterId);
    if (cluster.insightId) return { insightId: cluster.insightId, created: false };
    const evidenceIds = await pileOrder(tx, strategy.id, cluster.id);
    if (!evidenceIds.length) {
      throw badRequest(`“${cluster.name}” has no cards yet. Move the evidence that supports it into the cluster, then make it an insight.`);
    }
    const insight = await createInsight(tx, actor, strategy, { statement: cluster.name, evidenceIds });
    await tx.update(boardClusters).set({ insightId: insight.id }).where(eq(boardClusters.id, cluster.id));
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'board.cluster_made_insight',
      subjectType: 'board_cluster',
      subjectId: cluster.id,
      after: { name: cluster.name, insightId: insight.id, evidence: evidenceIds.length },
    });
    return { insightId: insight.id, created: true };
  });
}
