import { and, asc, eq, inArray, max } from 'drizzle-orm';
import type { PartnershipSide } from '../../../shared/contracts/partnership.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest } from '../../platform/errors.js';
import { insights } from '../insights/index.js';
import { commitmentInsights, partnershipCommitments } from './tables.js';

/** The insights named, refused unless every one is this strategy's. */
export async function checkedInsightIds(tx: Db, strategyId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await tx.select({ id: insights.id }).from(insights).where(and(eq(insights.strategyId, strategyId), inArray(insights.id, unique)));
  if (found.length !== unique.length) {
    throw badRequest('One or more insights are not part of this strategy', [{ field: 'insightIds', message: 'Choose insights from this strategy' }]);
  }
  return unique;
}

/** Replaces the insights a commitment answers. */
export async function setCommitmentInsights(tx: Db, commitmentId: string, insightIds: readonly string[]): Promise<void> {
  await tx.delete(commitmentInsights).where(eq(commitmentInsights.commitmentId, commitmentId));
  if (insightIds.length) await tx.insert(commitmentInsights).values(insightIds.map((insightId) => ({ commitmentId, insightId })));
}

/** The next position at the end of a side. */
export async function nextPosition(tx: Db, versionId: string, side: PartnershipSide): Promise<number> {
  const [row] = await tx
    .select({ last: max(partnershipCommitments.position) })
    .from(partnershipCommitments)
    .where(and(eq(partnershipCommitments.versionId, versionId), eq(partnershipCommitments.side, side)));
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

/** Numbers a side 0, 1, 2… again after a commitment leaves it, so moves stay simple. */
export async function renumberSide(tx: Db, versionId: string, side: PartnershipSide): Promise<void> {
  const rows = await tx
    .select({ id: partnershipCommitments.id })
    .from(partnershipCommitments)
    .where(and(eq(partnershipCommitments.versionId, versionId), eq(partnershipCommitments.side, side)))
    .orderBy(asc(partnershipCommitments.position));
  for (const [position, row] of rows.entries()) {
    await tx.update(partnershipCommitments).set({ position }).where(eq(partnershipCommitments.id, row.id));
  }
}
