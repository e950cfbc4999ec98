import { and, asc, eq, ilike, inArray } from 'drizzle-orm';
import { CHORUS } from '../../platform/audit-actor.js';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db/client.js';
import type { AppContext } from '../../platform/module.js';
import { maturityFrameworks, maturityMeasures } from '../maturity/index.js';
import { surveyQuestions, surveys } from '../surveys/index.js';
import { measureValues, outcomeMeasures } from './tables.js';

type Insert = typeof outcomeMeasures.$inferInsert;
type Seed = Pick<Insert, 'name' | 'unit' | 'direction' | 'baselineValue' | 'baselineOn' | 'baselineSource' | 'targetValue' | 'targetOn'> & {
  values?: [string, number, string][];
};

/**
 * Typed-in measures a trust would set for its digital priorities, two for each in turn, in the order
 * of the demo's priorities (time back, one record, skills, patients, data), so none is repeated.
 */
const TYPED: Seed[] = [
  { name: 'Average time to log in to clinical systems', unit: 'seconds', direction: 'down', baselineValue: 95, baselineOn: '2026-04-01', baselineSource: 'Timed logins on three wards, March 2026', targetValue: 15, targetOn: '2028-03-31', values: [['2026-07-01', 92, 'Timed logins on the same three wards'], ['2026-10-01', 80, 'Timed logins after single sign-on pilot']] },
  { name: 'Clinical letters sent to GPs electronically', unit: '% of letters', direction: 'up', baselineValue: 62, baselineOn: '2026-04-01', baselineSource: 'Document management report', targetValue: 95, targetOn: '2027-03-31', values: [['2026-05-01', 63, 'Document management report'], ['2026-07-01', 68, 'Document management report'], ['2026-09-01', 71, 'Document management report'], ['2026-11-01', 74, 'Document management report']] },
  { name: 'Paper forms still in use on inpatient wards', unit: 'forms', direction: 'down', baselineValue: 140, baselineOn: '2026-03-01', baselineSource: 'Ward forms audit', targetValue: 20, targetOn: '2028-09-30', values: [['2026-09-01', 131, 'Ward forms audit']] },
  { name: 'Unplanned downtime of the electronic patient record', unit: 'hours a quarter', direction: 'down', baselineValue: 14, baselineOn: '2026-03-31', baselineSource: 'IT service desk', targetValue: 2, targetOn: '2027-12-31', values: [['2026-06-30', 12, 'IT service desk'], ['2026-09-30', 9, 'IT service desk']] },
  { name: 'Staff who have completed digital skills training', unit: '% of staff', direction: 'up', baselineValue: 35, baselineOn: '2026-04-01', baselineSource: 'Electronic Staff Record', targetValue: 80, targetOn: '2028-03-31', values: [['2026-06-30', 37, 'Electronic Staff Record'], ['2026-09-30', 41, 'Electronic Staff Record']] },
  { name: 'New starters with working log-ins on their first day', unit: '% of new starters', direction: 'up', baselineValue: 48, baselineOn: '2026-05-01', baselineSource: 'Service desk tickets against starter dates', targetValue: 95, targetOn: '2027-09-30', values: [['2026-08-01', 55, 'Service desk tickets against starter dates'], ['2026-11-01', 61, 'Service desk tickets against starter dates']] },
  { name: 'Outpatients using the patient portal', unit: '% of outpatients', direction: 'up', baselineValue: 8, baselineOn: '2026-04-01', baselineSource: 'Portal analytics', targetValue: 40, targetOn: '2029-03-31', values: [['2026-07-31', 10, 'Portal analytics'], ['2026-10-31', 13, 'Portal analytics']] },
  { name: 'Symptom reports completed from home', unit: 'reports a month', direction: 'up', baselineValue: 0, baselineOn: '2026-04-01', baselineSource: 'No service yet', targetValue: 1500, targetOn: '2029-06-30' },
  { name: 'Performance reports built by hand each month', unit: 'reports', direction: 'down', baselineValue: 36, baselineOn: '2026-04-01', baselineSource: 'Business intelligence team log', targetValue: 5, targetOn: '2028-03-31', values: [['2026-07-01', 34, 'Business intelligence team log'], ['2026-10-01', 30, 'Business intelligence team log']] },
  { name: 'Teams using the cancer waiting-times dashboard weekly', unit: 'teams', direction: 'up', baselineValue: 4, baselineOn: '2026-04-01', baselineSource: 'Dashboard usage statistics', targetValue: 30, targetOn: '2028-03-31', values: [['2026-07-01', 7, 'Dashboard usage statistics'], ['2026-10-01', 11, 'Dashboard usage statistics']] },
];

/** The demo staff survey's "how well do digital tools support you" question (0–10), found by its words. */
async function supportQuestion(db: Db, organisationId: string, strategyId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: surveyQuestions.id })
    .from(surveyQuestions)
    .innerJoin(surveys, eq(surveys.id, surveyQuestions.surveyId))
    .where(and(eq(surveys.organisationId, organisationId), eq(surveys.strategyId, strategyId), eq(surveys.source, 'chorus'), inArray(surveyQuestions.type, ['rating', 'likert']), ilike(surveyQuestions.title, '%support%')))
    .orderBy(asc(surveys.createdAt));
  return row?.id ?? null;
}

async function smartFoundations(db: Db, organisationId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: maturityMeasures.id })
    .from(maturityMeasures)
    .innerJoin(maturityFrameworks, eq(maturityFrameworks.id, maturityMeasures.frameworkId))
    .where(and(eq(maturityFrameworks.organisationId, organisationId), eq(maturityFrameworks.builtIn, 'wgll'), eq(maturityMeasures.name, 'Ensure smart foundations')));
  return row?.id ?? null;
}

/**
 * The demo trust's outcome measures: two for each priority (typed in, with baselines, targets and a
 * value or two), one following the staff survey's "tools support you" question (a score of 7 to 10
 * counts), one following What Good Looks Like's "Ensure smart foundations", and one for the first
 * initiative. Works with whatever priorities and initiatives it is given; adds nothing twice.
 */
export async function seedMeasuresDemo(
  ctx: AppContext,
  organisationId: string,
  strategyId: string,
  owners: { priorityIdsByTitle: Record<string, string>; initiativeIds: string[] },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: outcomeMeasures.id }).from(outcomeMeasures).where(eq(outcomeMeasures.strategyId, strategyId)).limit(1);
    if (existing) return;
    const priorityIds = Object.values(owners.priorityIdsByTitle);
    const rows: (Insert & { values?: Seed['values'] })[] = [];
    const base = { organisationId, strategyId, source: 'manual' as const };
    priorityIds.forEach((priorityId, i) => {
      for (const seed of [TYPED[(2 * i) % TYPED.length]!, TYPED[(2 * i + 1) % TYPED.length]!]) rows.push({ ...base, ...seed, priorityId });
    });
    const question = await supportQuestion(tx, organisationId, strategyId);
    if (question && priorityIds[0]) {
      rows.push({
        ...base, priorityId: priorityIds[0], name: 'Staff who say digital tools support them well', unit: '% of staff', direction: 'up',
        targetValue: 60, targetOn: '2029-03-31', source: 'survey', surveyQuestionId: question, countedAnswers: ['7', '8', '9', '10'],
      });
    }
    const maturity = await smartFoundations(tx, organisationId);
    if (maturity && priorityIds.length > 0) {
      rows.push({
        ...base, priorityId: priorityIds[Math.min(1, priorityIds.length - 1)]!, name: 'What Good Looks Like: smart foundations', unit: 'maturity level (1 to 5)', direction: 'up',
        targetValue: 4, targetOn: '2028-03-31', source: 'maturity', maturityMeasureId: maturity,
      });
    }
    if (owners.initiativeIds[0]) {
      rows.push({ ...base, initiativeId: owners.initiativeIds[0], name: 'Cancer pathways live on the patient portal', unit: 'pathways', direction: 'up', baselineValue: 3, baselineOn: '2026-01-01', baselineSource: 'Programme plan', targetValue: 14, targetOn: '2026-09-30', values: [['2026-03-31', 5, 'Programme highlight report'], ['2026-06-30', 9, 'Programme highlight report'], ['2026-09-30', 14, 'Programme highlight report']] });
    }
    for (const [position, { values, ...row }] of rows.entries()) {
      const [measure] = await tx.insert(outcomeMeasures).values({ ...row, position }).returning();
      for (const [recordedOn, value, source] of values ?? []) await tx.insert(measureValues).values({ measureId: measure!.id, recordedOn, value, source });
      await writeAudit(tx, CHORUS, { organisationId, action: 'measure.created', subjectType: 'measure', subjectId: measure!.id, after: { name: measure!.name, demo: true } });
    }
  });
}
