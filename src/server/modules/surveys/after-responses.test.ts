import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { storeResponse } from '../../testing/responses.js';
import { loadSurveyDefinition } from './definition.js';
import { builder, newStrategy, newSurvey } from './test-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** An open Digital experience survey with one response that chose EPR and answered "Partly" on training. */
async function answeredSurvey(org: SignedUpOrg) {
  const id = await newSurvey(org.admin, await newStrategy(org), 'digital_experience');
  await org.admin.post(`/api/v1/surveys/${id}/publish`);
  const definition = await loadSurveyDefinition(t.ctx.db, id);
  const q = (title: RegExp) => definition.questions.find((x) => title.test(x.title))!;
  const tools = q(/typical week/);
  const training = q(/training you need/);
  const overall = q(/Overall/);
  const helps = q(/help you most/);
  const answers: Answers = {
    [q(/staff group/).id]: 'prefer_not_to_say',
    [q(/division/).id]: 'prefer_not_to_say',
    [tools.id]: ['epr'],
    [training.id]: 'partly',
    [overall.id]: 6,
    [helps.id]: 'Single sign-on on the ward PCs.',
  };
  await storeResponse(t.ctx.db, { id, organisationId: org.organisationId }, definition, answers);
  return { id, tools, training, overall, helps, unanswered: q(/one thing/), definition };
}

describe('editing a survey that people have answered', () => {
  it('reports responses and which questions and options have answers', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, tools, helps, unanswered } = await answeredSurvey(org);
    const view = await builder(org.admin, id);
    expect(view.survey).toMatchObject({ responseCount: 1, can: { changeAnonymous: false, delete: false, update: true } });
    const byId = new Map(view.questions.map((q) => [q.id, q]));
    expect(byId.get(tools.id)).toMatchObject({ answered: true, answeredKeys: ['epr'] });
    expect(byId.get(helps.id)!.answered).toBe(true);
    expect(byId.get(unanswered.id)!.answered).toBe(false);
  });

  it('tells staff neither how many answered nor which choices (staff groups, divisions) have answers; leaders see the count', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, tools } = await answeredSurvey(org);
    const staff = await addMember(t.app, org, 'staff');
    const staffView = await builder(staff.session, id);
    expect(staffView.survey.responseCount).toBeNull();
    expect(staffView.questions.find((q) => q.id === tools.id)!.title).toBe(tools.title);
    for (const question of staffView.questions) expect(question).not.toHaveProperty('answered');
    for (const question of staffView.questions) expect(question).not.toHaveProperty('answeredKeys');
    const list = await staff.session.get(`/api/v1/strategies/${staffView.survey.strategyId}/surveys`);
    expect(list.json().surveys.map((s: { responseCount: number | null }) => s.responseCount)).toEqual([null]);
    const leader = await addMember(t.app, org, 'leader');
    expect((await builder(leader.session, id)).survey.responseCount).toBe(1);
  });

  it('allows safe edits: wording, help, required, option labels, new options', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, tools } = await answeredSurvey(org);
    const options = tools.options.map((o) => (o.key === 'epr' ? { key: 'epr', label: 'Electronic patient record (EPR, Cerner)' } : o));
    const edited = await org.admin.patch(`/api/v1/surveys/${id}/questions/${tools.id}`, {
      title: 'Which of these systems do you use in a typical week?',
      help: 'Choose all that apply.',
      required: true,
      options: [...options, { label: 'Dictation software' }],
    });
    expect(edited.statusCode).toBe(200);
    const after = edited.json().questions.find((q: { id: string }) => q.id === tools.id);
    expect(after.options.find((o: { key: string }) => o.key === 'epr').label).toBe('Electronic patient record (EPR, Cerner)');
    expect(after.options.at(-1).label).toBe('Dictation software');
  });

  it('refuses structural changes that would corrupt results, with clear messages', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, tools, overall, helps, unanswered } = await answeredSurvey(org);
    const deleteAnswered = await org.admin.delete(`/api/v1/surveys/${id}/questions/${helps.id}`);
    expect(deleteAnswered.statusCode).toBe(409);
    expect(deleteAnswered.json().detail).toBe(
      'People have answered this question, so it cannot be deleted: their answers would be lost from the results. You can reword it instead.',
    );
    const retype = await org.admin.patch(`/api/v1/surveys/${id}/questions/${overall.id}`, { type: 'likert' });
    expect(retype.statusCode).toBe(409);
    expect(retype.json().detail).toBe('People have answered this question, so its type cannot change. Add a new question instead.');
    const dropEpr = await org.admin.patch(`/api/v1/surveys/${id}/questions/${tools.id}`, { options: tools.options.filter((o) => o.key !== 'epr') });
    expect(dropEpr.statusCode).toBe(409);
    expect(dropEpr.json().detail).toBe('People chose the option “Electronic patient record (EPR)”, so it cannot be removed. You can reword it instead.');
    // An option nobody chose can go.
    const dropPacs = await org.admin.patch(`/api/v1/surveys/${id}/questions/${tools.id}`, { options: tools.options.filter((o) => o.key !== 'pacs') });
    expect(dropPacs.statusCode).toBe(200);
    const anonymity = await org.admin.patch(`/api/v1/surveys/${id}`, { anonymous: false });
    expect(anonymity.statusCode).toBe(409);
    expect(anonymity.json().detail).toBe('This survey was answered on the promise that it is anonymous, so it must stay anonymous.');
    expect((await org.admin.delete(`/api/v1/surveys/${id}`)).statusCode).toBe(409);
    const section = (await builder(org.admin, id)).sections[0]!;
    expect((await org.admin.delete(`/api/v1/surveys/${id}/sections/${section.id}`)).json().detail).toMatch(/already has answers/);
    // An unanswered question can still be removed, and the open survey must stay complete.
    expect((await org.admin.delete(`/api/v1/surveys/${id}/questions/${unanswered.id}`)).statusCode).toBe(200);
    const ranking = (await builder(org.admin, id)).questions.find((q) => q.type === 'ranking')!;
    const tooFew = await org.admin.patch(`/api/v1/surveys/${id}/questions/${ranking.id}`, { options: [ranking.options[0]] });
    expect(tooFew.statusCode).toBe(409);
    expect(tooFew.json().errors[0].message).toMatch(/: Give at least two options$/);
    // The answered survey is intact.
    const view = await builder(org.admin, id);
    expect(view.survey.responseCount).toBe(1);
    expect(view.questions.some((q) => q.id === helps.id)).toBe(true);
  });
});
