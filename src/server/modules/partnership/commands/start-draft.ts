import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { strategies } from '../../strategies/index.js';
import { auditPartnership, assertOpen, latestVersion, statusOf } from '../load.js';
import { commitmentInsights, partnershipCommitments, partnershipVersions } from '../tables.js';

/**
 * Starts the next draft: the first one empty, any later one a copy of the latest version's
 * introduction, commitments and their insights, so a published or agreed text is changed by
 * drafting its successor while it stays as it was.
 */
export async function startDraft(tx: Db, actor: Actor, strategy: { id: string; organisationId: string; archivedAt: Date | null }) {
  assertOpen(strategy);
  // One draft at a time: the strategy row is the lock two racing requests queue on.
  await tx.select({ id: strategies.id }).from(strategies).where(eq(strategies.id, strategy.id)).for('update');
  const latest = await latestVersion(tx, strategy.id);
  if (latest && statusOf(latest) === 'draft') throw conflict(`Version ${latest.number} is still a draft: change that one.`);
  const [version] = await tx
    .insert(partnershipVersions)
    .values({
      organisationId: strategy.organisationId,
      strategyId: strategy.id,
      number: (latest?.number ?? 0) + 1,
      intro: latest?.intro ?? '',
      createdByUserId: actor.user.id,
    })
    .returning();
  let copied = 0;
  if (latest) {
    const commitments = await tx.select().from(partnershipCommitments).where(eq(partnershipCommitments.versionId, latest.id)).orderBy(asc(partnershipCommitments.position));
    const links = commitments.length
      ? await tx.select().from(commitmentInsights).where(inArray(commitmentInsights.commitmentId, commitments.map((c) => c.id)))
      : [];
    for (const c of commitments) {
      const [copy] = await tx.insert(partnershipCommitments).values({ versionId: version!.id, side: c.side, text: c.text, position: c.position }).returning({ id: partnershipCommitments.id });
      const insightIds = links.filter((l) => l.commitmentId === c.id).map((l) => l.insightId);
      if (insightIds.length) await tx.insert(commitmentInsights).values(insightIds.map((insightId) => ({ commitmentId: copy!.id, insightId })));
    }
    copied = commitments.length;
  }
  await auditPartnership(tx, actor, version!, { action: 'partnership.draft_started', after: { copiedFrom: latest?.number ?? null, commitments: copied } });
  return version!;
}
