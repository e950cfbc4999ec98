import type { CreateInsight } from '../../../../shared/contracts/insights.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { assertOpen } from '../load.js';
import { checkedEvidenceIds, matchingEvidenceIds } from '../links.js';
import { insightEvidence, insights } from '../tables.js';

export const LINKS_PER_INSERT = 5_000;

/**
 * Writes an insight and the evidence it stands on. Takes the caller's transaction so the board
 * (a cluster becomes an insight) can do its own part in the same one.
 */
export async function createInsight(
  tx: Db,
  actor: Actor,
  strategy: { id: string; organisationId: string; archivedAt: Date | null },
  input: CreateInsight,
) {
  assertOpen(strategy);
  const chosen = await checkedEvidenceIds(tx, strategy.id, input.evidenceIds ?? []);
  // Ids found by the filter are this strategy's already: no need to check them one by one.
  const matching = input.evidenceFilter ? await matchingEvidenceIds(tx, strategy, input.evidenceFilter) : [];
  const evidenceIds = [...new Set([...chosen, ...matching])];
  const [insight] = await tx
    .insert(insights)
    .values({
      organisationId: strategy.organisationId,
      strategyId: strategy.id,
      statement: input.statement,
      detail: input.detail ?? '',
      status: input.status ?? 'draft',
      createdByUserId: actor.user.id,
    })
    .returning();
  // In slices, so that a filter finding tens of thousands of items stays under the parameter limit.
  for (let i = 0; i < evidenceIds.length; i += LINKS_PER_INSERT) {
    const slice = evidenceIds.slice(i, i + LINKS_PER_INSERT);
    await tx.insert(insightEvidence).values(slice.map((evidenceItemId) => ({ insightId: insight!.id, evidenceItemId, addedByUserId: actor.user.id })));
  }
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId,
    action: 'insight.created',
    subjectType: 'insight',
    subjectId: insight!.id,
    after: { statement: insight!.statement, status: insight!.status, evidenceCount: evidenceIds.length },
  });
  return insight!;
}
