import { and, eq, inArray, isNull, lte, or } from 'drizzle-orm';
import type { AppContext } from '../../../platform/module.js';
import { users } from '../../accounts/index.js';
import { strategies } from '../../strategies/index.js';
import { documentVersions } from '../tables.js';
import { queueApprovalRequest } from './approvers.js';
import { signOffApprovers, signOffRounds } from './tables.js';

export const SIGN_OFF_REMINDER_JOB = 'documents.sign_off_reminders';
export const REMIND_EVERY_MS = 3 * 24 * 60 * 60 * 1000;
const SIX_HOURS = 6 * 60 * 60 * 1000;

/**
 * Emails each approver who has not decided on a version that is with them, at most once every
 * three days (the first email went at submission). Each approver row is claimed by moving its
 * `last_reminded_at` in the same transaction as the message is queued, so two processes checking
 * at once send one reminder, and a failure sends none and leaves it for the next check.
 */
export async function sendDueSignOffReminders(ctx: AppContext, now = new Date()): Promise<number> {
  const dueBefore = new Date(now.getTime() - REMIND_EVERY_MS);
  const sent = await ctx.db.transaction(async (tx) => {
    const open = tx.select({ id: signOffRounds.id }).from(signOffRounds).where(eq(signOffRounds.status, 'in_review'));
    const due = await tx
      .update(signOffApprovers)
      .set({ lastRemindedAt: now })
      .where(
        and(
          isNull(signOffApprovers.decision),
          inArray(signOffApprovers.roundId, open),
          or(isNull(signOffApprovers.lastRemindedAt), lte(signOffApprovers.lastRemindedAt, dueBefore)),
        ),
      )
      .returning({ roundId: signOffApprovers.roundId, userId: signOffApprovers.userId });
    for (const { roundId, userId } of due) {
      const [row] = await tx
        .select({ round: signOffRounds, version: documentVersions, strategyName: strategies.name })
        .from(signOffRounds)
        .innerJoin(documentVersions, eq(documentVersions.id, signOffRounds.versionId))
        .innerJoin(strategies, eq(strategies.id, documentVersions.strategyId))
        .where(eq(signOffRounds.id, roundId));
      const [approver] = await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, userId));
      const [submitter] = row?.round.submittedByUserId ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.round.submittedByUserId)) : [];
      if (!row || !approver) continue;
      await queueApprovalRequest(tx, ctx, {
        to: approver,
        version: row.version,
        strategyName: row.strategyName,
        submittedBy: submitter?.name ?? 'The strategy team',
        message: row.round.message,
        reminder: true,
      });
    }
    return due.length;
  });
  if (sent > 0) await ctx.mailer.dispatch();
  return sent;
}

/** A job that runs the check; worker processes queue it a minute after starting and every six hours after. */
export function defineSignOffReminders(ctx: AppContext): void {
  ctx.jobs.define(SIGN_OFF_REMINDER_JOB, async () => ({ sent: await sendDueSignOffReminders(ctx) }));
  if (!ctx.config.workers) return;
  const queue = () => void ctx.jobs.enqueue(SIGN_OFF_REMINDER_JOB, {}).catch(() => undefined);
  // unref: the timers never keep a process (or a test run) alive on their own.
  setTimeout(queue, 60_000).unref();
  setInterval(queue, SIX_HOURS).unref();
}
