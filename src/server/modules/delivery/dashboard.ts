import { desc, eq, sql } from 'drizzle-orm';
import { dayNumber, todayInLondon } from '../../../shared/calendar-date.js';
import { STALE_AFTER_DAYS, type DeliveryDashboard } from '../../../shared/contracts/delivery.js';
import { formatDate } from '../../../shared/dates.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { measuresOf } from '../measures/index.js';
import { roadmapData } from '../roadmap/index.js';
import { loadStrategy } from '../strategies/index.js';
import { initiativeUpdates } from './tables.js';

/**
 * Where delivery of a strategy stands: each initiative by its latest update (RAG, percentage),
 * rolled up per priority; the initiatives in progress with no update for `STALE_AFTER_DAYS`;
 * and how many measures have met, are on track for, or are behind their targets.
 */
export async function deliveryDashboard(db: Db, actor: Actor, strategyId: string): Promise<DeliveryDashboard> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [roadmap, latestRows] = await Promise.all([
    roadmapData(db, strategy, actor.member.role),
    db
      .selectDistinctOn([initiativeUpdates.initiativeId], {
        initiativeId: initiativeUpdates.initiativeId,
        recordedOn: initiativeUpdates.recordedOn,
        rag: initiativeUpdates.rag,
        percentComplete: initiativeUpdates.percentComplete,
      })
      .from(initiativeUpdates)
      .where(eq(initiativeUpdates.strategyId, strategy.id))
      .orderBy(initiativeUpdates.initiativeId, desc(initiativeUpdates.recordedOn), desc(initiativeUpdates.createdAt), sql`${initiativeUpdates.id} desc`),
  ]);
  const latest = new Map(latestRows.map((r) => [r.initiativeId, r]));
  const rag = { green: 0, amber: 0, red: 0, none: 0 };
  for (const initiative of roadmap.initiatives) rag[latest.get(initiative.id)?.rag ?? 'none'] += 1;

  const priorityOf = new Map(roadmap.programmes.map((p) => [p.id, p.priorityId]));
  const priorities = roadmap.priorities.map((priority) => {
    const own = roadmap.initiatives.filter((i) => priorityOf.get(i.programmeId) === priority.id);
    const percents = own.map((i) => (i.status === 'done' ? 100 : (latest.get(i.id)?.percentComplete ?? 0)));
    return {
      priorityId: priority.id,
      title: priority.title,
      initiatives: own.length,
      done: own.filter((i) => i.status === 'done').length,
      percentComplete: own.length ? Math.round(percents.reduce((a, b) => a + b, 0) / own.length) : null,
    };
  });

  const today = dayNumber(todayInLondon());
  const needUpdate = roadmap.initiatives
    .filter((i) => i.status === 'in_progress')
    .filter((i) => {
      const last = latest.get(i.id);
      return !last || today - dayNumber(last.recordedOn) > STALE_AFTER_DAYS;
    })
    .map((i) => {
      const last = latest.get(i.id);
      return { initiativeId: i.id, title: i.title, lastUpdateLabel: last ? formatDate(last.recordedOn) : null };
    });

  const measures = { target_met: 0, on_track: 0, not_yet: 0, no_data: 0 };
  const summaries = await measuresOf(db, actor, { priorityIds: roadmap.priorities.map((p) => p.id), initiativeIds: roadmap.initiatives.map((i) => i.id) });
  for (const measure of summaries) measures[measure.status] += 1;
  return { rag, priorities, needUpdate, measures };
}
