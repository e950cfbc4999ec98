import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { storeResponse } from '../../testing/responses.js';
import { maturityAssessments, maturityFrameworks, maturityMeasures, maturityScores } from '../maturity/index.js';
import { loadSurveyDefinition, surveyQuestions, surveys, surveySections } from '../surveys/index.js';
import { strategyWithOwners } from './test-setup.js';

/**
 * The acceptance test of survey-bound measures: a likert question answered in a first wave, the
 * survey run again (twice), and the measure's series growing by itself — with the wave too small
 * to show given as a gap, never a number.
 */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let leader: Session;
let staff: Session;
let ids: { strategyId: string; priorityId: string; initiativeId: string };
const q = { agree: randomUUID(), why: randomUUID() };
let firstWave = '';

async function answer(surveyId: string, levels: Record<string, number>, closesAt: string) {
  const definition = await loadSurveyDefinition(t.ctx.db, surveyId);
  const agree = definition.questions.find((question) => question.type === 'likert')!;
  for (const [level, n] of Object.entries(levels)) {
    for (let i = 0; i < n; i += 1) {
      const answers: Answers = { [agree.id]: Number(level) };
      await storeResponse(t.ctx.db, { id: surveyId, organisationId: org.organisationId }, definition, answers);
    }
  }
  // Dated by their closing day, in the past so the dates are the same whenever the test runs.
  await t.ctx.db.update(surveys).set({ status: 'closed', closesAt: new Date(closesAt) }).where(eq(surveys.id, surveyId));
}

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Wave Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  ids = await strategyWithOwners(t.ctx.db, org.organisationId);
  await t.ctx.db.transaction(async (tx) => {
    const [survey] = await tx.insert(surveys).values({ organisationId: org.organisationId, strategyId: ids.strategyId, title: 'Pulse', intro: 'Tell us.', thankYou: 'Thanks.', status: 'open' }).returning();
    firstWave = survey!.id;
    const [section] = await tx.insert(surveySections).values({ surveyId: firstWave, position: 0, title: 'Your systems' }).returning();
    await tx.insert(surveyQuestions).values([
      { id: q.agree, surveyId: firstWave, sectionId: section!.id, position: 0, type: 'likert', title: 'The systems I use help me care for patients', required: true },
      { id: q.why, surveyId: firstWave, sectionId: section!.id, position: 1, type: 'long_text', title: 'What gets in the way?', showIf: { questionId: q.agree, operator: 'equals', value: '1' } },
    ]);
  });
});
afterAll(() => t.close());

describe('survey waves and the measures that follow them', () => {
  it('runs a survey again only for the strategy team, and only within the organisation', async () => {
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/surveys/${firstWave}/next-wave` })).statusCode).toBe(401);
    expect((await outsider.admin.post(`/api/v1/surveys/${firstWave}/next-wave`)).statusCode).toBe(404);
    expect((await staff.post(`/api/v1/surveys/${firstWave}/next-wave`)).statusCode).toBe(403);
    expect((await leader.post(`/api/v1/surveys/${firstWave}/next-wave`)).statusCode).toBe(403);
    expect(await t.ctx.db.select().from(surveys).where(eq(surveys.previousWaveId, firstWave))).toEqual([]);
  });

  it('gives a survey-bound measure a value from each wave, through the suppression of the results', async () => {
    await answer(firstWave, { 4: 6, 2: 6 }, '2025-03-31T16:00:00Z');
    const created = await org.admin.post(`/api/v1/strategies/${ids.strategyId}/measures`, {
      priorityId: ids.priorityId, name: 'Staff who say systems help them care', unit: '% of staff', direction: 'up',
      targetValue: 75, targetOn: '2029-03-31', source: 'survey', surveyQuestionId: q.agree, countedAnswers: ['4', '5'],
    });
    expect(created.statusCode).toBe(201);
    const url = `/api/v1/measures/${created.json().id}`;
    const first = (await leader.get(url)).json();
    expect(first.series).toEqual([{ valueId: null, on: '2025-03-31', onLabel: '31 March 2025', value: 50, suppressed: false, label: 'Pulse', note: '' }]);
    // No baseline typed: the first wave is the baseline.
    expect(first.baseline).toEqual({ value: 50, on: { on: '2025-03-31', label: '31 March 2025' }, source: 'First wave: Pulse', fromFirstWave: true });
    expect(first.boundTo).toBe('The share answering Agree or Strongly agree to “The systems I use help me care for patients” in each wave of Pulse');
    expect(first.can.addValue).toBe(false);

    const next = await org.admin.post(`/api/v1/surveys/${firstWave}/next-wave`);
    expect(next.statusCode).toBe(201);
    const secondWave = next.json().id;
    const [copy] = await t.ctx.db.select().from(surveys).where(eq(surveys.id, secondWave));
    expect(copy).toMatchObject({ title: 'Pulse — wave 2', intro: 'Tell us.', thankYou: 'Thanks.', status: 'draft', previousWaveId: firstWave });
    const copied = await t.ctx.db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, secondWave));
    const agree = copied.find((c) => c.type === 'likert')!;
    const why = copied.find((c) => c.type === 'long_text')!;
    expect(agree.id).not.toBe(q.agree);
    expect(agree.firstWaveQuestionId).toBe(q.agree);
    // The condition now points to the copy in the same survey.
    expect(why).toMatchObject({ firstWaveQuestionId: q.why, showIf: { questionId: agree.id, operator: 'equals', value: '1' } });

    // A wave without responses adds nothing yet.
    expect((await leader.get(url)).json().series).toHaveLength(1);
    await answer(secondWave, { 5: 5, 4: 5, 2: 5 }, '2025-09-30T16:00:00Z');
    const second = (await leader.get(url)).json();
    expect(second.series.map((p: { value: number }) => p.value)).toEqual([50, 66.7]);
    expect(second.latest).toEqual({ value: 66.7, on: { on: '2025-09-30', label: '30 September 2025' } });

    const third = await org.admin.post(`/api/v1/surveys/${secondWave}/next-wave`);
    const thirdWave = third.json().id;
    const [thirdCopy] = await t.ctx.db.select().from(surveys).where(eq(surveys.id, thirdWave));
    expect(thirdCopy!.title).toBe('Pulse — wave 3');
    const [thirdAgree] = await t.ctx.db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, thirdWave));
    // Still the first wave's question, not the second's: one family, however many waves.
    expect(thirdAgree!.firstWaveQuestionId).toBe(q.agree);
    await answer(thirdWave, { 5: 3 }, '2026-03-31T16:00:00Z');
    const response = await leader.get(url);
    const last = response.json();
    expect(last.series).toHaveLength(3);
    expect(last.series[2]).toEqual({ valueId: null, on: '2026-03-31', onLabel: '31 March 2026', value: null, suppressed: true, label: 'Pulse — wave 3', note: 'Too few answers to show' });
    // The hidden wave is never the latest value, and neither its count nor its share is anywhere.
    expect(last.latest.value).toBe(66.7);
    expect(response.body).not.toMatch(/"value":100\b|"count"|"respondents"/);
    const list = (await leader.get(`/api/v1/strategies/${ids.strategyId}/measures`)).json();
    expect(list.groups[0].measures[0]).toMatchObject({ latest: { value: 66.7 }, baseline: { value: 50 } });
    expect(list.choices.surveyQuestions.map((s: { id: string }) => s.id)).toEqual([q.agree]);
  });

  it('counts whichever answers the team chooses, with the same gap for the small wave', async () => {
    const created = await org.admin.post(`/api/v1/strategies/${ids.strategyId}/measures`, {
      priorityId: ids.priorityId, name: 'Staff who disagree', unit: '% of staff', direction: 'down',
      source: 'survey', surveyQuestionId: q.agree, countedAnswers: ['2'],
    });
    const series = (await leader.get(`/api/v1/measures/${created.json().id}`)).json().series;
    expect(series.map((p: { value: number | null }) => p.value)).toEqual([50, 33.3, null]);
  });

  it('refuses questions that cannot be counted and answers the question does not have', async () => {
    const body = { priorityId: ids.priorityId, name: 'Why', unit: '% of staff', direction: 'up', source: 'survey' };
    const text = await org.admin.post(`/api/v1/strategies/${ids.strategyId}/measures`, { ...body, surveyQuestionId: q.why, countedAnswers: ['1'] });
    expect(text.json().errors).toEqual([{ field: 'surveyQuestionId', message: 'Choose a single choice, multiple choice, agreement or rating question: only their answers can be counted' }]);
    const sixth = await org.admin.post(`/api/v1/strategies/${ids.strategyId}/measures`, { ...body, surveyQuestionId: q.agree, countedAnswers: ['6'] });
    expect(sixth.json().errors).toEqual([{ field: 'countedAnswers', message: 'Choose the answers that count from the question’s own answers' }]);
  });

  it('follows a What Good Looks Like score through successive completed assessments', async () => {
    const organisationId = org.organisationId;
    const [framework] = await t.ctx.db.insert(maturityFrameworks).values({ organisationId, name: 'Test framework' }).returning();
    const [foundations] = await t.ctx.db.insert(maturityMeasures).values({ frameworkId: framework!.id, name: 'Smart foundations', position: 0 }).returning();
    const assessments = await t.ctx.db
      .insert(maturityAssessments)
      .values([
        { organisationId, frameworkId: framework!.id, title: 'Baseline', assessedOn: '2026-01-10', status: 'complete' as const },
        { organisationId, frameworkId: framework!.id, title: 'One year on', assessedOn: '2027-01-10', status: 'complete' as const },
        { organisationId, frameworkId: framework!.id, title: 'Draft', assessedOn: '2027-06-01', status: 'draft' as const },
      ])
      .returning();
    await t.ctx.db.insert(maturityScores).values(assessments.map((a, i) => ({ assessmentId: a.id, measureId: foundations!.id, score: i + 2 })));
    const created = await org.admin.post(`/api/v1/strategies/${ids.strategyId}/measures`, {
      initiativeId: ids.initiativeId, name: 'Smart foundations level', unit: 'level', direction: 'up',
      baselineValue: 2, baselineOn: '2026-01-10', targetValue: 4, targetOn: '2028-01-10', source: 'maturity', maturityMeasureId: foundations!.id,
    });
    expect(created.statusCode).toBe(201);
    const detail = (await leader.get(`/api/v1/measures/${created.json().id}`)).json();
    expect(detail.series.map((p: { label: string; value: number; onLabel: string }) => [p.label, p.value, p.onLabel])).toEqual([
      ['Baseline', 2, '10 January 2026'],
      ['One year on', 3, '10 January 2027'],
    ]);
    expect(detail).toMatchObject({ progress: 0.5, status: 'on_track', boundTo: 'The score of “Smart foundations” in each completed maturity assessment' });
    const theirs = await outsider.admin.post(`/api/v1/strategies/${ids.strategyId}/measures`, { initiativeId: ids.initiativeId, name: 'Theirs', unit: 'level', direction: 'up' });
    expect(theirs.statusCode).toBe(404);
  });
});
