import { and, asc, desc, eq, isNull, lt, lte, or, gt, sql } from 'drizzle-orm';
import { dayNumber, todayInLondon } from '../../../shared/calendar-date.js';
import { STALE_AFTER_DAYS, type DeliveryDashboard } from '../../../shared/contracts/delivery.js';
import { formatDate } from '../../../shared/dates.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { initiatives, roadmapData } from '../roadmap/index.js';
import { loadStrategy } from '../strategies/index.js';
import { initiativeMilestones, initiativeUpdates } from './tables.js';
import { trajectoriesOf } from './trajectory.js';

/** Milestones of a strategy not done by `asOf` and due before it, most overdue first. */
export async function overdueMilestones(db: Db, strategyId: string, asOf: string): Promise<DeliveryDashboard['overdueMilestones']> {
  const rows = await db
    .select({ milestone: initiativeMilestones, initiativeTitle: initiatives.title })
    .from(initiativeMilestones)
    .innerJoin(initiatives, eq(initiatives.id, initiativeMilestones.initiativeId))
    .where(and(eq(initiativeMilestones.strategyId, strategyId), lt(initiativeMilestones.dueOn, asOf), or(isNull(initiativeMilestones.doneOn), gt(initiativeMilestones.doneOn, asOf))))
    .orderBy(asc(initiativeMilestones.dueOn), asc(initiatives.title), asc(initiativeMilestones.position));
  return rows.map(({ milestone, initiativeTitle }) => ({
    milestoneId: milestone.id,
    title: milestone.title,
    initiativeId: milestone.initiativeId,
    initiativeTitle,
    dueOnLabel: formatDate(milestone.dueOn),
    daysOverdue: dayNumber(asOf) - dayNumber(milestone.dueOn),
  }));
}

/**
 * Where delivery of a strategy stands on a day (today, or the last day of a past quarter for its
 * board report): each initiative by its latest update by then (RAG, percentage), rolled up per
 * priority; the red and amber ones with their reasons; those in progress with no update for
 * `STALE_AFTER_DAYS`; the milestones overdue; and each measure against its trajectory.
 */
export async function deliveryDashboard(db: Db, actor: Actor, strategyId: string, asOfDay?: string): Promise<DeliveryDashboard> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const today = todayInLondon();
  const asOf = asOfDay && asOfDay < today ? asOfDay : today;
  const [roadmap, latestRows] = await Promise.all([
    roadmapData(db, strategy, actor.member.role),
    db
      .selectDistinctOn([initiativeUpdates.initiativeId], {
        initiativeId: initiativeUpdates.initiativeId,
        recordedOn: initiativeUpdates.recordedOn,
        status: initiativeUpdates.status,
        rag: initiativeUpdates.rag,
        ragReason: initiativeUpdates.ragReason,
        percentComplete: initiativeUpdates.percentComplete,
      })
      .from(initiativeUpdates)
      .where(and(eq(initiativeUpdates.strategyId, strategy.id), lte(initiativeUpdates.recordedOn, asOf)))
      .orderBy(initiativeUpdates.initiativeId, desc(initiativeUpdates.recordedOn), desc(initiativeUpdates.createdAt), sql`${initiativeUpdates.id} desc`),
  ]);
  const latest = new Map(latestRows.map((r) => [r.initiativeId, r]));
  // Today the roadmap's status is the truth (it can be changed there too); on a past day, the
  // status the latest update by then reported.
  const statusOf = (i: { id: string; status: string }) => (asOf === today ? i.status : (latest.get(i.id)?.status ?? i.status));
  const rag = { green: 0, amber: 0, red: 0, none: 0 };
  for (const initiative of roadmap.initiatives) rag[latest.get(initiative.id)?.rag ?? 'none'] += 1;

  const priorityOf = new Map(roadmap.programmes.map((p) => [p.id, p.priorityId]));
  const priorities = roadmap.priorities.map((priority) => {
    const own = roadmap.initiatives.filter((i) => priorityOf.get(i.programmeId) === priority.id);
    const percents = own.map((i) => (statusOf(i) === 'done' ? 100 : (latest.get(i.id)?.percentComplete ?? 0)));
    return {
      priorityId: priority.id,
      title: priority.title,
      initiatives: own.length,
      done: own.filter((i) => statusOf(i) === 'done').length,
      percentComplete: own.length ? Math.round(percents.reduce((a, b) => a + b, 0) / own.length) : null,
    };
  });

  const allPercents = roadmap.initiatives.map((i) => (statusOf(i) === 'done' ? 100 : (latest.get(i.id)?.percentComplete ?? 0)));
  const percentComplete = allPercents.length ? Math.round(allPercents.reduce((a, b) => a + b, 0) / allPercents.length) : null;

  const needUpdate = roadmap.initiatives
    .filter((i) => statusOf(i) === 'in_progress')
    .filter((i) => {
      const last = latest.get(i.id);
      return !last || dayNumber(asOf) - dayNumber(last.recordedOn) > STALE_AFTER_DAYS;
    })
    .map((i) => {
      const last = latest.get(i.id);
      return { initiativeId: i.id, title: i.title, lastUpdateLabel: last ? formatDate(last.recordedOn) : null };
    });

  const atRisk = roadmap.initiatives
    .flatMap((i) => {
      const last = latest.get(i.id);
      return last && last.rag !== 'green' ? [{ initiativeId: i.id, title: i.title, rag: last.rag, reason: last.ragReason, recordedOnLabel: formatDate(last.recordedOn) }] : [];
    })
    .sort((a, b) => (a.rag === b.rag ? a.title.localeCompare(b.title) : a.rag === 'red' ? -1 : 1));

  const trajectories = await trajectoriesOf(db, actor, { priorityIds: roadmap.priorities.map((p) => p.id), initiativeIds: roadmap.initiatives.map((i) => i.id) }, asOf);
  const measures = { target_met: 0, on_track: 0, not_yet: 0, no_data: 0 };
  for (const measure of trajectories) measures[measure.status] += 1;
  return {
    rag, priorities, percentComplete, needUpdate, measures, atRisk,
    overdueMilestones: await overdueMilestones(db, strategy.id, asOf),
    trajectories: trajectories.map(({ status: _status, ...t }) => t),
    asOf,
    asOfLabel: formatDate(asOf),
  };
}
