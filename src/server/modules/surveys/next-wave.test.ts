import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/tables.js';
import { addMember, signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { surveyQuestions, surveys } from './tables.js';
import { builder, newStrategy, newSurvey } from './test-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('running a survey again', () => {
  it('copies the whole survey as a new draft wave, each question remembering the first wave’s', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = await newStrategy(org);
    const first = await newSurvey(org.admin, strategyId, 'digital_experience', 'Digital experience of staff');
    await org.admin.patch(`/api/v1/surveys/${first}`, { intro: 'Our second look.', anonymous: false });
    expect((await org.admin.post(`/api/v1/surveys/${first}/publish`)).statusCode).toBe(200);

    const next = await org.admin.post(`/api/v1/surveys/${first}/next-wave`);
    expect(next.statusCode).toBe(201);
    const [source, copy] = [await builder(org.admin, first), await builder(org.admin, next.json().id)];
    expect(copy.survey).toMatchObject({ title: 'Digital experience of staff — wave 2', status: 'draft', intro: 'Our second look.', anonymous: false, thankYou: source.survey.thankYou });
    // The same survey to a respondent: sections, questions, options and conditions, with new ids.
    const shape = (b: typeof source) => ({
      sections: b.sections.map((s) => s.title),
      questions: b.questions.map((q) => ({ type: q.type, title: q.title, options: q.options, rows: q.rows, dimension: q.dimension, condition: q.showIf && { ...q.showIf, questionId: b.questions.findIndex((p) => p.id === q.showIf!.questionId) } })),
    });
    expect(shape(copy)).toEqual(shape(source));
    expect(copy.questions.some((q) => source.questions.some((s) => s.id === q.id))).toBe(false);
    expect(copy.problems).toEqual([]);

    const rows = await t.ctx.db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, next.json().id));
    expect(rows.map((r) => r.firstWaveQuestionId).sort()).toEqual(source.questions.map((q) => q.id).sort());
    const [wave] = await t.ctx.db.select().from(surveys).where(eq(surveys.id, next.json().id));
    expect(wave!.previousWaveId).toBe(first);
    const [audit] = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.subjectId, next.json().id));
    expect(audit).toMatchObject({ action: 'survey.next_wave_started', after: { previousWaveId: first, wave: 2 } });
  });

  it('is for the strategy team of the survey’s own organisation', async () => {
    const org = await signUpOrganisation(t.app);
    const other = await signUpOrganisation(t.app);
    const id = await newSurvey(org.admin, await newStrategy(org));
    const leader = (await addMember(t.app, org, 'leader')).session;
    const staff = (await addMember(t.app, org, 'staff')).session;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/surveys/${id}/next-wave` })).statusCode).toBe(401);
    expect((await other.admin.post(`/api/v1/surveys/${id}/next-wave`)).statusCode).toBe(404);
    expect((await staff.post(`/api/v1/surveys/${id}/next-wave`)).statusCode).toBe(403);
    expect((await leader.post(`/api/v1/surveys/${id}/next-wave`)).statusCode).toBe(403);
    expect(await t.ctx.db.select().from(surveys).where(eq(surveys.previousWaveId, id))).toEqual([]);
  });
});
