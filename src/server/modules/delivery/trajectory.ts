import { and, eq, inArray } from 'drizzle-orm';
import { dayNumber } from '../../../shared/calendar-date.js';
import type { Trajectory } from '../../../shared/contracts/delivery.js';
import type { MeasureStatus, MeasureSummary } from '../../../shared/contracts/measures.js';
import { formatDate } from '../../../shared/dates.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { measuresOf, outcomeMeasures, progressOf, seriesOf } from '../measures/index.js';

interface End {
  value: number;
  on: string;
}

/**
 * The value the straight line from baseline to target expects on a day: the baseline before the
 * baseline day, the target after the target day. Rounded to two places, as the tables show it.
 */
export function expectedOn(day: string, baseline: End, target: End): number {
  const span = dayNumber(target.on) - dayNumber(baseline.on);
  const share = span > 0 ? Math.min(Math.max((dayNumber(day) - dayNumber(baseline.on)) / span, 0), 1) : 1;
  return Math.round((baseline.value + (target.value - baseline.value) * share) * 100) / 100;
}

const end = (value: number | null, on: { on: string } | null): End | null => (value !== null && on ? { value, on: on.on } : null);

/** A measure's trajectory and where it stood on `asOf`: only the values measured by then count. */
function trajectoryOf(summary: MeasureSummary, series: { on: string; onLabel: string; value: number | null }[], asOf: string): Trajectory & { status: MeasureStatus } {
  const baseline = end(summary.baseline.value, summary.baseline.on);
  const target = end(summary.target.value, summary.target.on);
  const line = baseline && target && target.on > baseline.on ? { baseline, target } : null;
  const points = series.filter((p) => p.on <= asOf);
  const last = points.filter((p) => p.value !== null).at(-1);
  const standing = progressOf({
    baseline: summary.baseline.value, baselineOn: summary.baseline.on?.on ?? null, target: summary.target.value, targetOn: summary.target.on?.on ?? null,
    latest: last ? { value: last.value!, on: last.on } : null,
  });
  const labelled = (e: End | null) => (e ? { ...e, onLabel: formatDate(e.on) } : null);
  return {
    measureId: summary.id,
    name: summary.name,
    unit: summary.unit,
    ownerLabel: summary.ownerLabel,
    status: standing.status,
    statusWords: standing.statusWords,
    progress: standing.progress,
    baseline: labelled(baseline),
    target: labelled(target),
    points: points.map((p) => ({ on: p.on, onLabel: p.onLabel, actual: p.value, expected: line && p.value !== null ? expectedOn(p.on, line.baseline, line.target) : null })),
  };
}

/**
 * Each measure of the strategy's priorities and initiatives against its trajectory, with its
 * series computed by the measures module (typed in, survey waves through the suppression, or
 * maturity assessments), as it stood on `asOf`.
 */
export async function trajectoriesOf(db: Db, actor: Actor, owners: { priorityIds: string[]; initiativeIds: string[] }, asOf: string) {
  const summaries = await measuresOf(db, actor, owners);
  if (summaries.length === 0) return [];
  const rows = await db
    .select()
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.organisationId, actor.member.organisationId), inArray(outcomeMeasures.id, summaries.map((s) => s.id))));
  const series = await seriesOf(db, actor, rows);
  return summaries.map((s) => trajectoryOf(s, series.get(s.id) ?? [], asOf));
}
