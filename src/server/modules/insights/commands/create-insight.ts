import type { CreateInsight } from '../../../../shared/contracts/insights.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { assertOpen } from '../load.js';
import { checkedEvidenceIds } from '../links.js';
import { insightEvidence, insights } from '../tables.js';

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
  const evidenceIds = await checkedEvidenceIds(tx, strategy.id, input.evidenceIds ?? []);
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
  if (evidenceIds.length) {
    await tx.insert(insightEvidence).values(evidenceIds.map((evidenceItemId) => ({ insightId: insight!.id, evidenceItemId, addedByUserId: actor.user.id })));
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
