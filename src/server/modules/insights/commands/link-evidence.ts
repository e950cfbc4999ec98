import { and, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadInsight } from '../load.js';
import { checkedEvidenceIds } from '../links.js';
import { insightEvidence, insights } from '../tables.js';

/** Adds evidence to an insight; ids already linked are left as they are. Audited once, with the count. */
export async function linkEvidence(ctx: AppContext, actor: Actor, insightId: string, evidenceIds: string[]): Promise<{ added: number }> {
  return ctx.db.transaction(async (tx) => {
    const { insight, strategy } = await loadInsight(tx, actor, insightId);
    assertOpen(strategy);
    const ids = await checkedEvidenceIds(tx, strategy.id, evidenceIds);
    const added = await tx
      .insert(insightEvidence)
      .values(ids.map((evidenceItemId) => ({ insightId: insight.id, evidenceItemId, addedByUserId: actor.user.id })))
      .onConflictDoNothing()
      .returning({ id: insightEvidence.evidenceItemId });
    await tx.update(insights).set({ updatedAt: new Date() }).where(eq(insights.id, insight.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'insight.evidence_linked',
      subjectType: 'insight',
      subjectId: insight.id,
      after: { added: added.length, evidenceIds: added.map((a) => a.id) },
    });
    return { added: added.length };
  });
}

export async function unlinkEvidence(ctx: AppContext, actor: Actor, insightId: string, evidenceIds: string[]): Promise<{ removed: number }> {
  return ctx.db.transaction(async (tx) => {
    const { insight, strategy } = await loadInsight(tx, actor, insightId);
    assertOpen(strategy);
    const removed = await tx
      .delete(insightEvidence)
      .where(and(eq(insightEvidence.insightId, insight.id), inArray(insightEvidence.evidenceItemId, [...new Set(evidenceIds)])))
      .returning({ id: insightEvidence.evidenceItemId });
    await tx.update(insights).set({ updatedAt: new Date() }).where(eq(insights.id, insight.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'insight.evidence_unlinked',
      subjectType: 'insight',
      subjectId: insight.id,
      before: { removed: removed.length, evidenceIds: removed.map((r) => r.id) },
    });
    return { removed: removed.length };
  });
}
