import { and, asc, eq } from 'drizzle-orm';
import type { CreateCommitment, UpdateCommitment } from '../../../../shared/contracts/partnership.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { checkedInsightIds, nextPosition, renumberSide, setCommitmentInsights } from '../links.js';
import { auditPartnership, loadCommitment, loadDraft } from '../load.js';
import { commitmentInsights, partnershipCommitments } from '../tables.js';

/** Adds a commitment at the end of its side of a draft. */
export async function addCommitment(tx: Db, actor: Actor, versionId: string, input: CreateCommitment & { fromNoteId?: string }) {
  const { version, strategy } = await loadDraft(tx, actor, versionId);
  const insightIds = await checkedInsightIds(tx, strategy.id, input.insightIds);
  const [row] = await tx
    .insert(partnershipCommitments)
    .values({ versionId: version.id, side: input.side, text: input.text, position: await nextPosition(tx, version.id, input.side) })
    .returning();
  await setCommitmentInsights(tx, row!.id, insightIds);
  await auditPartnership(tx, actor, version, {
    action: 'partnership.commitment_added',
    after: { commitmentId: row!.id, side: row!.side, text: row!.text, insightIds, ...(input.fromNoteId ? { fromNoteId: input.fromNoteId } : {}) },
  });
  return row!;
}

/** Changes a draft commitment's words, side or insights; a list of insights given replaces the old one. */
export async function updateCommitment(tx: Db, actor: Actor, versionId: string, commitmentId: string, input: UpdateCommitment) {
  const { version, strategy } = await loadDraft(tx, actor, versionId);
  const before = await loadCommitment(tx, version.id, commitmentId);
  const oldInsightIds = (await tx.select({ id: commitmentInsights.insightId }).from(commitmentInsights).where(eq(commitmentInsights.commitmentId, before.id))).map((r) => r.id);
  const changes: Partial<typeof before> = {};
  if (input.text !== undefined) changes.text = input.text;
  if (input.side !== undefined && input.side !== before.side) {
    changes.side = input.side;
    changes.position = await nextPosition(tx, version.id, input.side);
  }
  if (Object.keys(changes).length) await tx.update(partnershipCommitments).set(changes).where(eq(partnershipCommitments.id, before.id));
  if (changes.side) await renumberSide(tx, version.id, before.side);
  let insightIds = oldInsightIds;
  if (input.insightIds) {
    insightIds = await checkedInsightIds(tx, strategy.id, input.insightIds);
    await setCommitmentInsights(tx, before.id, insightIds);
  }
  await auditPartnership(tx, actor, version, {
    action: 'partnership.commitment_updated',
    before: { commitmentId: before.id, side: before.side, text: before.text, insightIds: oldInsightIds },
    after: { commitmentId: before.id, side: changes.side ?? before.side, text: changes.text ?? before.text, insightIds },
  });
}

export async function deleteCommitment(tx: Db, actor: Actor, versionId: string, commitmentId: string) {
  const { version } = await loadDraft(tx, actor, versionId);
  const before = await loadCommitment(tx, version.id, commitmentId);
  await tx.delete(partnershipCommitments).where(eq(partnershipCommitments.id, before.id));
  await renumberSide(tx, version.id, before.side);
  await auditPartnership(tx, actor, version, {
    action: 'partnership.commitment_deleted',
    before: { commitmentId: before.id, side: before.side, text: before.text },
    after: null,
  });
}

/** Swaps a commitment with its neighbour above or below on its side; at either end it stays. */
export async function moveCommitment(tx: Db, actor: Actor, versionId: string, commitmentId: string, direction: 'up' | 'down') {
  const { version } = await loadDraft(tx, actor, versionId);
  const moving = await loadCommitment(tx, version.id, commitmentId);
  const side = await tx
    .select({ id: partnershipCommitments.id, position: partnershipCommitments.position })
    .from(partnershipCommitments)
    .where(and(eq(partnershipCommitments.versionId, version.id), eq(partnershipCommitments.side, moving.side)))
    .orderBy(asc(partnershipCommitments.position));
  const at = side.findIndex((c) => c.id === moving.id);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (to < 0 || to >= side.length) return;
  [side[at], side[to]] = [side[to]!, side[at]!];
  for (const [position, c] of side.entries()) await tx.update(partnershipCommitments).set({ position }).where(eq(partnershipCommitments.id, c.id));
  await auditPartnership(tx, actor, version, {
    action: 'partnership.commitment_moved',
    before: { commitmentId: moving.id, position: at },
    after: { commitmentId: moving.id, position: to },
  });
}

