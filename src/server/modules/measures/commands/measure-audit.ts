import type { MeasureRow } from '../load.js';

/** What the audit trail records of a measure, before and after a change. */
export const measureAudit = (m: MeasureRow): Record<string, unknown> => ({
  name: m.name,
  unit: m.unit,
  direction: m.direction,
  priorityId: m.priorityId,
  initiativeId: m.initiativeId,
  baselineValue: m.baselineValue,
  baselineOn: m.baselineOn,
  baselineSource: m.baselineSource,
  targetValue: m.targetValue,
  targetOn: m.targetOn,
  source: m.source,
  surveyQuestionId: m.surveyQuestionId,
  countedAnswers: m.countedAnswers,
  maturityMeasureId: m.maturityMeasureId,
});
