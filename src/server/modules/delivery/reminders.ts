import { and, asc, eq, inArray, isNull, lt, lte, max, sql } from 'drizzle-orm';
import { dayNumber, todayInLondon } from '../../../shared/calendar-date.js';
import { STALE_AFTER_DAYS } from '../../../shared/contracts/delivery.js';
import { formatDate } from '../../../shared/dates.js';
import type { Db } from '../../platform/db/client.js';
import type { AppContext } from '../../platform/module.js';
import { users } from '../accounts/index.js';
import { memberships } from '../organisations/index.js';
import { initiatives } from '../roadmap/index.js';
import { strategies } from '../strategies/index.js';
import { deliveryReminderDigests, initiativeMilestones, initiativeUpdates } from './tables.js';

export const DELIVERY_REMINDER_JOB = 'delivery.overdue_reminders';
/** A digest at most once a week per organisation: a daily nag would be read by nobody. */
export const DIGEST_EVERY_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

interface StrategyDue {
  strategyId: string;
  name: string;
  stale: { title: string; last: string | null }[];
  overdue: { title: string; initiative: string; dueOn: string }[];
}

/** What is overdue today in every organisation's open strategies, by organisation and strategy. */
async function overdueByOrganisation(db: Db, today: string): Promise<Map<string, StrategyDue[]>> {
  const stale = await db
    .select({ organisationId: initiatives.organisationId, strategyId: strategies.id, strategy: strategies.name, title: initiatives.title, last: max(initiativeUpdates.recordedOn) })
    .from(initiatives)
    .innerJoin(strategies, eq(strategies.id, initiatives.strategyId))
    .leftJoin(initiativeUpdates, and(eq(initiativeUpdates.initiativeId, initiatives.id), lte(initiativeUpdates.recordedOn, today)))
    .where(and(eq(initiatives.status, 'in_progress'), isNull(strategies.archivedAt)))
    .groupBy(initiatives.organisationId, strategies.id, strategies.name, initiatives.id, initiatives.title)
    .orderBy(asc(initiatives.title));
  const overdue = await db
    .select({ organisationId: initiativeMilestones.organisationId, strategyId: strategies.id, strategy: strategies.name, title: initiativeMilestones.title, initiative: initiatives.title, dueOn: initiativeMilestones.dueOn })
    .from(initiativeMilestones)
    .innerJoin(initiatives, eq(initiatives.id, initiativeMilestones.initiativeId))
    .innerJoin(strategies, eq(strategies.id, initiativeMilestones.strategyId))
    .where(and(isNull(initiativeMilestones.doneOn), lt(initiativeMilestones.dueOn, today), isNull(strategies.archivedAt)))
    .orderBy(asc(initiativeMilestones.dueOn), asc(initiatives.title));

  const byOrg = new Map<string, Map<string, StrategyDue>>();
  const entry = (organisationId: string, strategyId: string, name: string) => {
    const strategiesOfOrg = byOrg.get(organisationId) ?? byOrg.set(organisationId, new Map()).get(organisationId)!;
    return strategiesOfOrg.get(strategyId) ?? strategiesOfOrg.set(strategyId, { strategyId, name, stale: [], overdue: [] }).get(strategyId)!;
  };
  for (const row of stale) {
    const last = row.last as string | null;
    if (last && dayNumber(today) - dayNumber(last) <= STALE_AFTER_DAYS) continue;
    entry(row.organisationId, row.strategyId, row.strategy).stale.push({ title: row.title, last });
  }
  for (const row of overdue) entry(row.organisationId, row.strategyId, row.strategy).overdue.push(row);
  return new Map([...byOrg].map(([org, map]) => [org, [...map.values()].sort((a, b) => a.name.localeCompare(b.name))]));
}

/** The digest's words: each strategy, then its updates due and its milestones overdue. Plain text, never HTML. */
export function digestText(name: string, due: StrategyDue[], today: string, link: (strategyId: string) => string): string {
  const parts = [`Hello ${name},\n\nSome delivery records of your digital strategy need attention.`];
  for (const s of due) {
    const lines = [`\n${s.name}`];
    if (s.stale.length) {
      lines.push(`\nUpdates due (in progress with no update for more than ${STALE_AFTER_DAYS} days):`);
      for (const i of s.stale) lines.push(`- ${i.title}: ${i.last ? `last updated ${formatDate(i.last)}` : 'never updated'}`);
    }
    if (s.overdue.length) {
      lines.push('\nMilestones overdue:');
      for (const m of s.overdue) lines.push(`- ${m.title} (${m.initiative}): due ${formatDate(m.dueOn)}, ${dayNumber(today) - dayNumber(m.dueOn)} days overdue`);
    }
    lines.push(`\nRecord an update or mark a milestone done from the delivery dashboard:\n${link(s.strategyId)}`);
    parts.push(lines.join('\n'));
  }
  parts.push(`\nYou get this at most once every ${DIGEST_EVERY_DAYS} days while something is overdue.\n`);
  return parts.join('\n');
}

/**
 * Emails each organisation's strategy team (admins and the strategy team role) one digest of the
 * initiatives in progress with no recent update and the milestones overdue — not again within
 * `DIGEST_EVERY_DAYS`. The organisation's row is claimed in the same transaction as its messages
 * are queued, so two processes checking at once send one digest, and a failure sends none.
 */
export async function sendDeliveryReminders(ctx: AppContext, now = new Date()): Promise<number> {
  const today = todayInLondon(now);
  const due = await overdueByOrganisation(ctx.db, today);
  const base = ctx.config.publicUrl.replace(/\/$/, '');
  let sent = 0;
  for (const [organisationId, strategiesDue] of due) {
    sent += await ctx.db.transaction(async (tx) => {
      const claimed = await tx
        .insert(deliveryReminderDigests)
        .values({ organisationId, lastSentAt: now })
        .onConflictDoUpdate({
          target: deliveryReminderDigests.organisationId,
          set: { lastSentAt: now },
          setWhere: sql`${deliveryReminderDigests.lastSentAt} <= ${new Date(now.getTime() - DIGEST_EVERY_DAYS * DAY).toISOString()}::timestamptz`,
        })
        .returning();
      if (claimed.length === 0) return 0;
      const team = await tx
        .select({ email: users.email, name: users.name })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.organisationId, organisationId), inArray(memberships.role, ['admin', 'strategy_team'])));
      for (const person of team) {
        await ctx.mailer.queue(tx, {
          to: person.email,
          organisationId,
          subject: 'Delivery updates and milestones overdue',
          text: digestText(person.name, strategiesDue, today, (strategyId) => `${base}/orgs/${organisationId}/strategies/${strategyId}/delivery`),
        });
      }
      return 1;
    });
  }
  if (sent > 0) await ctx.mailer.dispatch();
  return sent;
}

/** The daily check: worker processes queue it a minute after starting and every day after. */
export function defineDeliveryReminders(ctx: AppContext): void {
  ctx.jobs.define(DELIVERY_REMINDER_JOB, async () => ({ sent: await sendDeliveryReminders(ctx) }));
  if (!ctx.config.workers) return;
  const queue = () => void ctx.jobs.enqueue(DELIVERY_REMINDER_JOB, {}).catch(() => undefined);
  // unref: the timers never keep a process (or a test run) alive on their own.
  setTimeout(queue, 60_000).unref();
  setInterval(queue, DAY).unref();
}
