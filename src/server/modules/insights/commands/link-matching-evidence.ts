import { eq } from 'drizzle-orm';
import type { EvidenceFilter } from '../../../../shared/contracts/evidence.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadInsight } from '../load.js';
import { matchingEvidenceIds } from '../links.js';
import { insightEvidence, insights } from '../tables.js';
import { LINKS_PER_INSERT } from './create-insight.js';

/**
 * The evidence library's "Add to an insight": links every item its search and filters find, on
 * every page, in one transaction. Items already linked stay as they are. Audited once, with the
 * filter and the count (the ids can be thousands; the filter says which they were).
 */
export async function linkMatchingEvidence(ctx: AppContext, actor: Actor, insightId: string, filter: EvidenceFilter) {
  return ctx.db.transaction(async (tx) => {
    const { insight, strategy } = await loadInsight(tx, actor, insightId);
    assertOpen(strategy);
    const ids = await matchingEvidenceIds(tx, strategy, filter);
    let added = 0;
    for (let i = 0; i < ids.length; i += LINKS_PER_INSERT) {
      const slice = ids.slice(i, i + LINKS_PER_INSERT);
      const rows = await tx
        .insert(insightEvidence)
        .values(slice.map((evidenceItemId) => ({ insightId: insight.id, evidenceItemId, addedByUserId: actor.user.id })))
        .onConflictDoNothing()
        .returning({ id: insightEvidence.evidenceItemId });
      added += rows.length;
    }
    await tx.update(insights).set({ updatedAt: new Date() }).where(eq(insights.id, insight.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'insight.evidence_linked',
      subjectType: 'insight',
      subjectId: insight.id,
      after: { added, matched: ids.length, filter },
    });
    return { added, matched: ids.length };
  });
}
