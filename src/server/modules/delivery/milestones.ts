import { and, asc, eq } from 'drizzle-orm';
import { todayInLondon } from '../../../shared/calendar-date.js';
import type { Milestone } from '../../../shared/contracts/delivery.js';
import { formatDate } from '../../../shared/dates.js';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadInitiative } from '../roadmap/index.js';
import { initiativeMilestones } from './tables.js';

type MilestoneRow = typeof initiativeMilestones.$inferSelect;

/** The gate's owner resolver for `:milestoneId`: the organisation whose milestone it is, or null. */
export async function milestoneOwner(db: Db, milestoneId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: initiativeMilestones.organisationId }).from(initiativeMilestones).where(eq(initiativeMilestones.id, milestoneId));
  return row?.organisationId ?? null;
}

/** A milestone of the actor's organisation with its initiative and strategy; anyone else's is "not found". */
export async function loadMilestone(db: Db, actor: Actor, milestoneId: string) {
  const [milestone] = await db
    .select()
    .from(initiativeMilestones)
    .where(and(eq(initiativeMilestones.id, milestoneId), eq(initiativeMilestones.organisationId, actor.member.organisationId)));
  if (!milestone) throw notFound('The milestone');
  return { milestone, ...(await loadInitiative(db, actor, milestone.initiativeId)) };
}

/** Overdue: not done, and its due day has passed (due today is not late yet). */
export const isOverdue = (m: { dueOn: string; doneOn: string | null }, today: string) => m.doneOn === null && m.dueOn < today;

export function presentMilestone(m: MilestoneRow, today = todayInLondon()): Milestone {
  return {
    id: m.id,
    title: m.title,
    dueOn: m.dueOn,
    dueOnLabel: formatDate(m.dueOn),
    doneOn: m.doneOn,
    doneOnLabel: m.doneOn ? formatDate(m.doneOn) : null,
    overdue: isOverdue(m, today),
  };
}

/** An initiative's milestones by due date (then the order they were added). */
export async function milestonesOf(db: Db, initiativeId: string): Promise<Milestone[]> {
  const rows = await db.select().from(initiativeMilestones).where(eq(initiativeMilestones.initiativeId, initiativeId)).orderBy(asc(initiativeMilestones.dueOn), asc(initiativeMilestones.position));
  const today = todayInLondon();
  return rows.map((m) => presentMilestone(m, today));
}

/** An archived strategy's record is kept as it was: the same refusal the roadmap gives. */
export function assertOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
}
