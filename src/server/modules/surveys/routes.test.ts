import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { builder, newStrategy, newSurvey } from './test-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('surveys', () => {
  it('creates a blank survey with one empty section, lists it and shows its summary', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = await newStrategy(org);
    const created = await org.admin.post(`/api/v1/strategies/${strategyId}/surveys`, { title: 'Pulse survey' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      title: 'Pulse survey',
      status: 'draft',
      anonymous: true,
      questionCount: 0,
      responseCount: 0,
      acceptingResponses: false,
      can: { update: true, changeAnonymous: true, publish: true, close: false, reopen: false, delete: true, readResults: false },
    });
    const list = await org.admin.get(`/api/v1/strategies/${strategyId}/surveys`);
    expect(list.json().surveys.map((s: { title: string }) => s.title)).toEqual(['Pulse survey']);
    const view = await builder(org.admin, created.json().id);
    expect(view.sections.map((s) => s.title)).toEqual(['Your views']);
    expect(view.questions).toEqual([]);
  });

  it('creates the Digital experience template as a complete, publishable survey', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = await newStrategy(org);
    const id = await newSurvey(org.admin, strategyId, 'digital_experience', 'Digital experience of staff 2026');
    const view = await builder(org.admin, id);
    expect(view.problems).toEqual([]);
    expect(view.survey.intro).toMatch(/anonymous/);
    expect(view.sections.map((s) => s.title)).toEqual([
      'About your work',
      'Digital tools you use',
      'How well tools support your work',
      'Your views and ideas',
    ]);
    expect(view.questions.length).toBeGreaterThanOrEqual(11);
    expect(view.questions.filter((q) => q.type === 'profile').map((q) => q.dimension)).toEqual(['staff_group', 'division', 'site']);
    const types = new Set(view.questions.map((q) => q.type));
    for (const type of ['profile', 'multiple_choice', 'matrix', 'rating', 'long_text', 'short_text', 'ranking']) expect(types).toContain(type);
    const followUp = view.questions.find((q) => q.showIf)!;
    const parent = view.questions.find((q) => q.id === followUp.showIf!.questionId)!;
    expect(parent.title).toMatch(/training/);
    expect(view.questions.indexOf(parent)).toBeLessThan(view.questions.indexOf(followUp));
    const matrix = view.questions.find((q) => q.type === 'matrix')!;
    expect(matrix.rows.map((r) => r.label)).toContain('I do not have to enter the same information twice');
    const published = await org.admin.post(`/api/v1/surveys/${id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'open', acceptingResponses: true });
  });

  it('saves settings and explains dates in the wrong order', async () => {
    const org = await signUpOrganisation(t.app);
    const id = await newSurvey(org.admin, await newStrategy(org));
    const saved = await org.admin.patch(`/api/v1/surveys/${id}`, {
      intro: 'Tell us what you think.',
      thankYou: 'Thank you.',
      opensAt: '2030-03-01T09:00:00Z',
      closesAt: '2030-03-31T17:00:00Z',
      anonymous: false,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ intro: 'Tell us what you think.', anonymous: false, opensAt: '2030-03-01T09:00:00.000Z', closesAt: '2030-03-31T17:00:00.000Z' });
    const backwards = await org.admin.patch(`/api/v1/surveys/${id}`, { opensAt: '2030-03-10T09:00:00Z', closesAt: '2030-03-01T09:00:00Z' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([{ field: 'closesAt', message: 'The closing date must be after the opening date' }]);
    // Only the closing date sent, but it falls before the opening date already saved.
    const partial = await org.admin.patch(`/api/v1/surveys/${id}`, { closesAt: '2030-02-01T09:00:00Z' });
    expect(partial.statusCode).toBe(400);
    expect(partial.json().errors).toEqual([{ field: 'closesAt', message: 'The closing date must be after the opening date' }]);
    const notADate = await org.admin.patch(`/api/v1/surveys/${id}`, { opensAt: 'next Tuesday' });
    expect(notADate.statusCode).toBe(400);
    expect(notADate.json().errors[0].message).toMatch(/opening date must be a date and time/);
    const cleared = await org.admin.patch(`/api/v1/surveys/${id}`, { opensAt: null, closesAt: null });
    expect(cleared.json()).toMatchObject({ opensAt: null, closesAt: null });
  });

  it('stores nasty strings verbatim', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = await newStrategy(org);
    const nasty = `<script>alert("x")</script> Ward 7’s “survey” — ñ 🏥 '; DROP TABLE surveys; --`;
    const id = await newSurvey(org.admin, strategyId, 'blank', nasty);
    const section = (await builder(org.admin, id)).sections[0]!;
    await org.admin.patch(`/api/v1/surveys/${id}`, { intro: `${nasty}\nline two` });
    await org.admin.patch(`/api/v1/surveys/${id}/sections/${section.id}`, { title: nasty });
    const q = await org.admin.post(`/api/v1/surveys/${id}/questions`, { sectionId: section.id, type: 'single_choice', title: nasty });
    const questionId = q.json().changedId;
    await org.admin.patch(`/api/v1/surveys/${id}/questions/${questionId}`, { help: nasty, options: [{ label: nasty }, { label: '&amp; <b>bold</b>' }] });
    const view = await builder(org.admin, id);
    expect(view.survey.title).toBe(nasty);
    expect(view.survey.intro).toBe(`${nasty}\nline two`);
    expect(view.sections[0]!.title).toBe(nasty);
    expect(view.questions[0]).toMatchObject({ title: nasty, help: nasty });
    expect(view.questions[0]!.options.map((o) => o.label)).toEqual([nasty, '&amp; <b>bold</b>']);
    const list = await org.admin.get(`/api/v1/strategies/${strategyId}/surveys`);
    expect(list.json().surveys[0].title).toBe(nasty);
  });

  it('publishes, closes and reopens, and refuses steps out of order', async () => {
    const org = await signUpOrganisation(t.app);
    const id = await newSurvey(org.admin, await newStrategy(org));
    const empty = await org.admin.post(`/api/v1/surveys/${id}/publish`);
    expect(empty.statusCode).toBe(409);
    expect(empty.json().detail).toBe('Add at least one question before publishing the survey.');
    const section = (await builder(org.admin, id)).sections[0]!;
    await org.admin.post(`/api/v1/surveys/${id}/questions`, { sectionId: section.id, type: 'long_text', title: 'What gets in the way?' });
    expect((await org.admin.post(`/api/v1/surveys/${id}/close`)).json().detail).toBe('This survey has not been published, so it cannot be closed.');
    expect((await org.admin.post(`/api/v1/surveys/${id}/publish`)).json()).toMatchObject({ status: 'open', can: { publish: false, close: true, readResults: true } });
    // Results are for those who shape the strategy: the survey's `can` says so, so the web never guesses.
    const readsResults = async (role: 'leader' | 'staff') => {
      const { session } = await addMember(t.app, org, role);
      return (await session.get(`/api/v1/surveys/${id}`)).json().survey.can.readResults;
    };
    expect(await readsResults('leader')).toBe(true);
    expect(await readsResults('staff')).toBe(false);
    expect((await org.admin.post(`/api/v1/surveys/${id}/publish`)).json().detail).toBe('This survey is already open.');
    expect((await org.admin.post(`/api/v1/surveys/${id}/close`)).json()).toMatchObject({ status: 'closed', acceptingResponses: false, can: { reopen: true } });
    expect((await org.admin.post(`/api/v1/surveys/${id}/reopen`)).json().status).toBe('open');
    // A closing date in the past must be moved before the survey can take responses again.
    await org.admin.post(`/api/v1/surveys/${id}/close`);
    await org.admin.patch(`/api/v1/surveys/${id}`, { opensAt: '2020-01-01T09:00:00Z', closesAt: '2020-02-01T09:00:00Z' });
    const late = await org.admin.post(`/api/v1/surveys/${id}/reopen`);
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/closing date has passed/);
  });

  it('lists every problem per question when publishing is refused', async () => {
    const org = await signUpOrganisation(t.app);
    const id = await newSurvey(org.admin, await newStrategy(org));
    const section = (await builder(org.admin, id)).sections[0]!;
    const choice = (await org.admin.post(`/api/v1/surveys/${id}/questions`, { sectionId: section.id, type: 'single_choice', title: 'Do you use the EPR?' })).json().changedId;
    const ranking = (await org.admin.post(`/api/v1/surveys/${id}/questions`, { sectionId: section.id, type: 'ranking' })).json().changedId;
    await org.admin.patch(`/api/v1/surveys/${id}/questions/${choice}`, { options: [{ key: 'option-1', label: 'Yes' }] });
    await org.admin.patch(`/api/v1/surveys/${id}/questions/${ranking}`, { options: [{ label: 'Only one' }] });
    const refused = await org.admin.post(`/api/v1/surveys/${id}/publish`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('There are 2 problems to fix before publishing.');
    expect(refused.json().errors).toEqual([
      { field: choice, message: 'Question 1 (“Do you use the EPR?”): Give at least two options' },
      { field: ranking, message: 'Question 2 (“Put these in order of importance to you”): Give at least two options' },
    ]);
    expect((await builder(org.admin, id)).survey.status).toBe('draft');
  });

  it('lets every member read surveys, and only admins and the strategy team change them', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = await newStrategy(org);
    const id = await newSurvey(org.admin, strategyId, 'digital_experience');
    const team = await addMember(t.app, org, 'strategy_team');
    const view = await builder(org.admin, id);
    const section = view.sections[0]!.id;
    const question = view.questions[0]!.id;
    for (const role of ['leader', 'staff'] as const) {
      const { session } = await addMember(t.app, org, role);
      expect((await session.get(`/api/v1/strategies/${strategyId}/surveys`)).statusCode).toBe(200);
      const read = await session.get(`/api/v1/surveys/${id}`);
      expect(read.json().survey.can).toEqual({ update: false, changeAnonymous: false, publish: false, close: false, reopen: false, delete: false, readResults: false });
      const attempts = [
        session.post(`/api/v1/strategies/${strategyId}/surveys`, { title: 'Mine' }),
        session.patch(`/api/v1/surveys/${id}`, { title: 'Mine' }),
        session.post(`/api/v1/surveys/${id}/publish`),
        session.post(`/api/v1/surveys/${id}/sections`, { title: 'More' }),
        session.patch(`/api/v1/surveys/${id}/sections/${section}`, { title: 'Mine' }),
        session.post(`/api/v1/surveys/${id}/questions`, { sectionId: section, type: 'likert' }),
        session.patch(`/api/v1/surveys/${id}/questions/${question}`, { title: 'Mine' }),
        session.post(`/api/v1/surveys/${id}/questions/${question}/duplicate`),
        session.post(`/api/v1/surveys/${id}/questions/${question}/move`, { direction: 'down' }),
        session.delete(`/api/v1/surveys/${id}/questions/${question}`),
        session.delete(`/api/v1/surveys/${id}`),
      ];
      for (const response of await Promise.all(attempts)) expect(response.statusCode).toBe(403);
    }
    expect((await team.session.patch(`/api/v1/surveys/${id}`, { title: 'Ours' })).json().title).toBe('Ours');
    expect((await team.session.post(`/api/v1/surveys/${id}/publish`)).json().status).toBe('open');
  });

  it('hides another organisation’s surveys, sections and questions', async () => {
    const owner = await signUpOrganisation(t.app);
    const other = await signUpOrganisation(t.app);
    const id = await newSurvey(owner.admin, await newStrategy(owner), 'digital_experience');
    const view = await builder(owner.admin, id);
    expect((await other.admin.get(`/api/v1/surveys/${id}`)).statusCode).toBe(404);
    // A question id of one survey used under another survey the caller does own is not found.
    const mine = await newSurvey(other.admin, await newStrategy(other));
    const cross = await other.admin.patch(`/api/v1/surveys/${mine}/questions/${view.questions[0]!.id}`, { title: 'Taken' });
    expect(cross.statusCode).toBe(404);
    const crossSection = await other.admin.post(`/api/v1/surveys/${mine}/questions`, { sectionId: view.sections[0]!.id, type: 'likert' });
    expect(crossSection.statusCode).toBe(404);
    expect((await builder(owner.admin, id)).questions[0]!.title).toBe(view.questions[0]!.title);
  });

  it('ticks "Staff survey published" on the strategy checklist once a survey opens', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = await newStrategy(org);
    const item = async () =>
      (await org.admin.get(`/api/v1/strategies/${strategyId}`)).json().checklist[0].items.find((i: { id: string }) => i.id === 'staff-survey-published');
    const id = await newSurvey(org.admin, strategyId, 'digital_experience');
    expect(await item()).toMatchObject({ label: 'Staff survey published', done: false });
    await org.admin.post(`/api/v1/surveys/${id}/publish`);
    expect((await item()).done).toBe(true);
    await org.admin.post(`/api/v1/surveys/${id}/close`);
    expect((await item()).done).toBe(true);
  });

  it('deletes an unanswered survey and records the changes in the audit trail', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = await newStrategy(org);
    const id = await newSurvey(org.admin, strategyId);
    await org.admin.patch(`/api/v1/surveys/${id}`, { title: 'Renamed' });
    expect((await org.admin.delete(`/api/v1/surveys/${id}`)).statusCode).toBe(204);
    expect((await org.admin.get(`/api/v1/surveys/${id}`)).statusCode).toBe(404);
    const audit = await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit`);
    const actions = (audit.json().events as { action: string; subjectId: string }[]).filter((e) => e.subjectId === id).map((e) => e.action);
    expect(actions.sort()).toEqual(['survey.created', 'survey.deleted', 'survey.updated']);
  });

  it('refuses changes to the surveys of an archived strategy', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = await newStrategy(org);
    const id = await newSurvey(org.admin, strategyId);
    await org.admin.post(`/api/v1/strategies/${strategyId}/archive`);
    const edit = await org.admin.patch(`/api/v1/surveys/${id}`, { title: 'Changed' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().detail).toMatch(/archived/);
    expect((await builder(org.admin, id)).survey.can.update).toBe(false);
    expect((await org.admin.post(`/api/v1/strategies/${strategyId}/surveys`, { title: 'New' })).statusCode).toBe(409);
  });
});
