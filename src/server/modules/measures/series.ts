import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { MeasurePoint } from '../../../shared/contracts/measures.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { maturityAssessments, maturityScores } from '../maturity/index.js';
import { dayLabel } from './days.js';
import type { MeasureRow } from './load.js';
import { surveySeries } from './survey-series.js';
import { measureValues } from './tables.js';

/** The values typed in for several measures at once, each measure's in date order. */
async function typedValues(db: Db, measureIds: string[]): Promise<Map<string, MeasurePoint[]>> {
  const byMeasure = new Map<string, MeasurePoint[]>();
  if (measureIds.length === 0) return byMeasure;
  const rows = await db.select().from(measureValues).where(inArray(measureValues.measureId, measureIds)).orderBy(asc(measureValues.recordedOn), asc(measureValues.createdAt));
  for (const row of rows) {
    const points = byMeasure.get(row.measureId) ?? [];
    points.push({ valueId: row.id, on: row.recordedOn, onLabel: dayLabel(row.recordedOn), value: row.value, suppressed: false, label: row.source, note: row.note });
    byMeasure.set(row.measureId, points);
  }
  return byMeasure;
}

/** A What Good Looks Like measure's score in each completed assessment that scored it, oldest first. */
async function maturitySeries(db: Db, organisationId: string, maturityMeasureId: string): Promise<MeasurePoint[]> {
  const rows = await db
    .select({ title: maturityAssessments.title, on: maturityAssessments.assessedOn, score: maturityScores.score })
    .from(maturityScores)
    .innerJoin(maturityAssessments, eq(maturityAssessments.id, maturityScores.assessmentId))
    .where(and(eq(maturityScores.measureId, maturityMeasureId), eq(maturityAssessments.organisationId, organisationId), eq(maturityAssessments.status, 'complete'), isNotNull(maturityScores.score)))
    .orderBy(asc(maturityAssessments.assessedOn), asc(maturityAssessments.createdAt));
  return rows.map((r) => ({ valueId: null, on: r.on, onLabel: dayLabel(r.on), value: r.score, suppressed: false, label: r.title, note: '' }));
}

/**
 * Every measure's series, computed when read: a survey-bound measure gets a new point as soon as a
 * later wave has responses, a maturity-bound one with each completed assessment.
 */
export async function seriesOf(db: Db, actor: Actor, measures: MeasureRow[]): Promise<Map<string, MeasurePoint[]>> {
  const series = await typedValues(db, measures.filter((m) => m.source === 'manual').map((m) => m.id));
  for (const measure of measures) {
    if (measure.source === 'survey' && measure.surveyQuestionId) {
      series.set(measure.id, await surveySeries(db, actor, measure.surveyQuestionId, measure.countedAnswers));
    }
    if (measure.source === 'maturity' && measure.maturityMeasureId) {
      series.set(measure.id, await maturitySeries(db, actor.member.organisationId, measure.maturityMeasureId));
    }
  }
  return series;
}
