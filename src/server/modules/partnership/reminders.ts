import { and, eq, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { AppContext } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { memberships } from '../organisations/index.js';
import { strategies } from '../strategies/index.js';
import { calendarDay } from './dates.js';
import { partnershipVersions } from './tables.js';

export const REVIEW_REMINDER_JOB = 'partnership.review_reminders';
const SIX_HOURS = 6 * 60 * 60 * 1000;

/** Today in the trust's own calendar, as "2027-04-30". */
export const londonToday = (now = new Date()) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);

/**
 * Emails the strategy team (admins and the strategy team role) once about each agreed
 * partnership whose review date has come. The version is claimed by setting `reminderSentAt`
 * in the same transaction as the messages are queued, so two processes checking at once send
 * one reminder, and a failure sends none and leaves it for the next check.
 */
export async function sendDueReviewReminders(ctx: AppContext, today: string): Promise<number> {
  const sent = await ctx.db.transaction(async (tx) => {
    const due = await tx
      .update(partnershipVersions)
      .set({ reminderSentAt: new Date() })
      .where(and(isNotNull(partnershipVersions.agreedAt), isNull(partnershipVersions.reminderSentAt), lte(partnershipVersions.reviewOn, today)))
      .returning();
    for (const version of due) await remindTeam(tx, ctx, version);
    return due.length;
  });
  if (sent > 0) await ctx.mailer.dispatch();
  return sent;
}

async function remindTeam(tx: Db, ctx: AppContext, version: typeof partnershipVersions.$inferSelect): Promise<void> {
  const [strategy] = await tx.select({ name: strategies.name }).from(strategies).where(eq(strategies.id, version.strategyId));
  const team = await tx
    .select({ email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, version.organisationId), inArray(memberships.role, ['admin', 'strategy_team'])));
  const link = `${ctx.config.publicUrl.replace(/\/$/, '')}/orgs/${version.organisationId}/strategies/${version.strategyId}/partnership`;
  for (const person of team) {
    await ctx.mailer.queue(tx, {
      to: person.email,
      organisationId: version.organisationId,
      subject: `Time to review the staff partnership of ${strategy?.name ?? 'your digital strategy'}`,
      text:
        `Hello ${person.name},\n\n` +
        `Version ${version.number} of the staff partnership was agreed with a review date of ${calendarDay(version.reviewOn)}. ` +
        `That day has come: look again at what staff can expect from the digital team and what the team asks of staff, ` +
        `and whether they still hold.\n\nStart a new draft, or set a new review date, here:\n${link}\n`,
    });
  }
}

/**
 * A job that runs the check; worker processes queue it a minute after starting and every six
 * hours after, which is often enough for a reminder due on a day (the check sends each once).
 */
export function defineReviewReminders(ctx: AppContext): void {
  ctx.jobs.define(REVIEW_REMINDER_JOB, async () => ({ sent: await sendDueReviewReminders(ctx, londonToday()) }));
  if (!ctx.config.workers) return;
  const queue = () => void ctx.jobs.enqueue(REVIEW_REMINDER_JOB, {}).catch(() => undefined);
  // unref: the timers never keep a process (or a test run) alive on their own.
  setTimeout(queue, 60_000).unref();
  setInterval(queue, SIX_HOURS).unref();
}
