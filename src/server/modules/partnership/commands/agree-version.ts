import { and, eq, isNotNull, ne } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { strategies } from '../../strategies/index.js';
import { assertOpen, auditPartnership, loadVersion, statusOf } from '../load.js';
import { partnershipVersions } from '../tables.js';

/**
 * Marks a version put to staff as the agreed partnership, with the day it should be reviewed.
 * One version is agreed per strategy: the one agreed before stops being so in the same transaction.
 */
export async function agreeVersion(tx: Db, actor: Actor, versionId: string, reviewOn: string) {
  const { version, strategy } = await loadVersion(tx, actor, versionId, true);
  assertOpen(strategy);
  const status = statusOf(version);
  if (status === 'draft') throw conflict('Put this version to staff before agreeing it, so the partnership is one staff have seen.');
  if (status === 'agreed') throw conflict(`Version ${version.number} is already the agreed partnership.`);
  // Two versions agreed at once would race for the one agreed place: queue on the strategy.
  await tx.select({ id: strategies.id }).from(strategies).where(eq(strategies.id, strategy.id)).for('update');
  const previous = await tx
    .update(partnershipVersions)
    .set({ agreedAt: null, agreedByUserId: null })
    .where(and(eq(partnershipVersions.strategyId, strategy.id), isNotNull(partnershipVersions.agreedAt), ne(partnershipVersions.id, version.id)))
    .returning({ id: partnershipVersions.id, number: partnershipVersions.number, organisationId: partnershipVersions.organisationId });
  for (const p of previous) {
    await auditPartnership(tx, actor, p, { action: 'partnership.unagreed', before: { status: 'agreed' }, after: { status: 'published', replacedBy: version.number } });
  }
  const [after] = await tx
    .update(partnershipVersions)
    .set({ agreedAt: new Date(), agreedByUserId: actor.user.id, reviewOn, reminderSentAt: reviewOn === version.reviewOn ? version.reminderSentAt : null })
    .where(eq(partnershipVersions.id, version.id))
    .returning();
  await auditPartnership(tx, actor, version, {
    action: 'partnership.agreed',
    before: { status, reviewOn: version.reviewOn },
    after: { status: 'agreed', reviewOn },
  });
  return after!;
}
