import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type Answers, type ProfileChoices } from '../../../shared/contracts/survey-definition.js';
import { checkDefinition, validateAnswers } from '../../../shared/survey-logic.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { loadSurveyDefinition } from './definition.js';
import { surveyQuestions, surveySections } from './tables.js';
import { addQuestion, builder, layout, newStrategy, newSurvey } from './test-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Positions as stored: every section's questions must be exactly 0..n-1, and the sections too. */
async function expectDensePositions(surveyId: string) {
  const sections = await t.ctx.db.select().from(surveySections).where(eq(surveySections.surveyId, surveyId)).orderBy(asc(surveySections.position));
  expect(sections.map((s) => s.position)).toEqual(sections.map((_, i) => i));
  const questions = await t.ctx.db.select().from(surveyQuestions).where(eq(surveyQuestions.surveyId, surveyId));
  for (const section of sections) {
    const positions = questions.filter((q) => q.sectionId === section.id).map((q) => q.position).sort((a, b) => a - b);
    expect(positions).toEqual(positions.map((_, i) => i));
  }
}

async function surveyWithSections(org: SignedUpOrg, titles: string[]) {
  const id = await newSurvey(org.admin, await newStrategy(org));
  const first = (await builder(org.admin, id)).sections[0]!.id;
  await org.admin.patch(`/api/v1/surveys/${id}/sections/${first}`, { title: titles[0] });
  for (const title of titles.slice(1)) await org.admin.post(`/api/v1/surveys/${id}/sections`, { title });
  const view = await builder(org.admin, id);
  return { id, sections: view.sections.map((s) => s.id) };
}

describe('survey builder', () => {
  it('creates every type of question with defaults that are complete and accept a real answer', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, sections } = await surveyWithSections(org, ['All types']);
    // A systems question starts with the register's systems, so the register needs one.
    const system = await org.admin.post(`/api/v1/orgs/${org.organisationId}/systems`, { name: 'EPR', userCount: 900, lifecycle: 'active', criticality: 'high', holdsPatientData: true });
    expect(system.statusCode, system.body).toBe(201);
    for (const type of QUESTION_TYPES) {
      const body = type === 'profile' ? { sectionId: sections[0], type, dimension: 'division' } : { sectionId: sections[0], type };
      const q = await addQuestion(org.admin, id, body);
      expect(q.type).toBe(type);
      expect(q.title.length).toBeGreaterThan(0);
    }
    const view = await builder(org.admin, id);
    expect(view.problems).toEqual([]);
    expect(view.questions.find((q) => q.type === 'profile')).toMatchObject({ dimension: 'division', title: 'Which division do you work in?' });
    const definition = await loadSurveyDefinition(t.ctx.db, id);
    expect(checkDefinition(definition)).toEqual([]);
    const byType = Object.fromEntries(definition.questions.map((q) => [q.type, q]));
    const answers: Answers = {
      [byType.single_choice!.id]: byType.single_choice!.options[0]!.key,
      [byType.multiple_choice!.id]: [byType.multiple_choice!.options[1]!.key],
      [byType.likert!.id]: 4,
      [byType.rating!.id]: 0,
      [byType.short_text!.id]: 'Faster log-in',
      [byType.long_text!.id]: 'The Wi-Fi drops on Ward 7.',
      [byType.ranking!.id]: byType.ranking!.options.map((o) => o.key).reverse(),
      [byType.matrix!.id]: { [byType.matrix!.rows[0]!.key]: 5 },
      [byType.profile!.id]: 'prefer_not_to_say',
      [byType.systems!.id]: { [system.json().id]: 4 },
    };
    const profile: ProfileChoices = { staff_group: [], division: [], site: [] };
    expect(validateAnswers(definition, answers, profile).problems).toEqual([]);
    await expectDensePositions(id);
  });

  it('edits options keeping existing keys, gives new options fresh keys, and refuses repeated text', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, sections } = await surveyWithSections(org, ['Tools']);
    const q = await addQuestion(org.admin, id, { sectionId: sections[0], type: 'multiple_choice', title: 'Which do you use?' });
    const [first, second] = q.options;
    const edited = await org.admin.patch(`/api/v1/surveys/${id}/questions/${q.id}`, {
      options: [{ key: second!.key, label: 'PACS' }, { label: 'EPR' }, { key: first!.key, label: 'E-rostering' }, { label: 'ESR' }],
      help: 'Select all that apply.',
      required: true,
    });
    expect(edited.statusCode).toBe(200);
    const options = edited.json().questions[0].options as { key: string; label: string }[];
    expect(options.map((o) => o.label)).toEqual(['PACS', 'EPR', 'E-rostering', 'ESR']);
    expect(options[0]!.key).toBe(second!.key);
    expect(options[2]!.key).toBe(first!.key);
    expect(new Set(options.map((o) => o.key)).size).toBe(4);
    expect(edited.json().questions[0]).toMatchObject({ help: 'Select all that apply.', required: true });
    const repeated = await org.admin.patch(`/api/v1/surveys/${id}/questions/${q.id}`, { options: [{ label: 'EPR' }, { label: 'epr' }] });
    expect(repeated.statusCode).toBe(400);
    expect(repeated.json().errors[0].message).toBe('Two options have the same text');
    const blank = await org.admin.patch(`/api/v1/surveys/${id}/questions/${q.id}`, { title: '   ' });
    expect(blank.json().errors[0]).toEqual({ field: 'title', message: 'Enter the question' });
  });

  it('changes a question’s type in a draft, keeping what still fits', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, sections } = await surveyWithSections(org, ['S']);
    const q = await addQuestion(org.admin, id, { sectionId: sections[0], type: 'single_choice' });
    const asRanking = (await org.admin.patch(`/api/v1/surveys/${id}/questions/${q.id}`, { type: 'ranking' })).json().questions[0];
    expect(asRanking).toMatchObject({ type: 'ranking', options: q.options });
    const asText = (await org.admin.patch(`/api/v1/surveys/${id}/questions/${q.id}`, { type: 'long_text' })).json().questions[0];
    expect(asText).toMatchObject({ type: 'long_text', options: [], rows: [], dimension: null });
    const asMatrix = (await org.admin.patch(`/api/v1/surveys/${id}/questions/${q.id}`, { type: 'matrix' })).json().questions[0];
    expect(asMatrix.rows).toHaveLength(1);
  });

  it('moves questions up and down, across sections, and to a position, keeping positions dense', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, sections } = await surveyWithSections(org, ['One', 'Two']);
    const [a, b, c] = [await addQuestion(org.admin, id, { sectionId: sections[0], type: 'short_text', title: 'A' }),
      await addQuestion(org.admin, id, { sectionId: sections[0], type: 'short_text', title: 'B' }),
      await addQuestion(org.admin, id, { sectionId: sections[1], type: 'short_text', title: 'C' })];
    const move = (questionId: string, body: object) => org.admin.post(`/api/v1/surveys/${id}/questions/${questionId}/move`, body);
    await move(a.id, { direction: 'down' });
    expect(layout(await builder(org.admin, id))).toEqual([['One', ['B', 'A']], ['Two', ['C']]]);
    await move(a.id, { direction: 'down' }); // from the bottom of One to the top of Two
    expect(layout(await builder(org.admin, id))).toEqual([['One', ['B']], ['Two', ['A', 'C']]]);
    await move(a.id, { direction: 'up' }); // back to the end of One
    expect(layout(await builder(org.admin, id))).toEqual([['One', ['B', 'A']], ['Two', ['C']]]);
    await move(c.id, { sectionId: sections[0], position: 0 });
    expect(layout(await builder(org.admin, id))).toEqual([['One', ['C', 'B', 'A']], ['Two', []]]);
    await move(b.id, { sectionId: sections[1], position: 99 });
    expect(layout(await builder(org.admin, id))).toEqual([['One', ['C', 'A']], ['Two', ['B']]]);
    const top = await move(c.id, { direction: 'up' }); // already first: nothing to do
    expect(top.statusCode).toBe(200);
    await expectDensePositions(id);
    const neither = await move(c.id, {});
    expect(neither.statusCode).toBe(400);
    expect(neither.json().errors[0].message).toBe('Say either which way to move the question or the position to move it to');
  });

  it('reorders, renames and deletes sections; deleting one removes its questions', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, sections } = await surveyWithSections(org, ['One', 'Two', 'Three']);
    await addQuestion(org.admin, id, { sectionId: sections[1], type: 'likert', title: 'In two' });
    await addQuestion(org.admin, id, { sectionId: sections[2], type: 'likert', title: 'In three' });
    await org.admin.post(`/api/v1/surveys/${id}/sections/${sections[2]}/move`, { position: 0 });
    expect(layout(await builder(org.admin, id)).map(([title]) => title)).toEqual(['Three', 'One', 'Two']);
    await org.admin.post(`/api/v1/surveys/${id}/sections/${sections[0]}/move`, { direction: 'down' });
    expect(layout(await builder(org.admin, id)).map(([title]) => title)).toEqual(['Three', 'Two', 'One']);
    const described = await org.admin.patch(`/api/v1/surveys/${id}/sections/${sections[1]}`, { description: 'Your team' });
    expect(described.json().sections[1]).toMatchObject({ title: 'Two', description: 'Your team' });
    await org.admin.delete(`/api/v1/surveys/${id}/sections/${sections[1]}`);
    expect(layout(await builder(org.admin, id))).toEqual([['Three', ['In three']], ['One', []]]);
    await expectDensePositions(id);
  });

  it('duplicates a question below the original with a new id, the same options and condition', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, sections } = await surveyWithSections(org, ['S']);
    const parent = await addQuestion(org.admin, id, { sectionId: sections[0], type: 'single_choice', title: 'Do you use the EPR?' });
    const child = await addQuestion(org.admin, id, { sectionId: sections[0], type: 'long_text', title: 'What would make it better?' });
    await addQuestion(org.admin, id, { sectionId: sections[0], type: 'rating', title: 'Last' });
    await org.admin.patch(`/api/v1/surveys/${id}/questions/${child.id}`, { showIf: { questionId: parent.id, operator: 'equals', value: parent.options[0]!.key } });
    const copied = await org.admin.post(`/api/v1/surveys/${id}/questions/${child.id}/duplicate`);
    expect(copied.statusCode).toBe(201);
    const view = copied.json();
    expect(view.questions.map((q: { title: string }) => q.title)).toEqual(['Do you use the EPR?', 'What would make it better?', 'What would make it better?', 'Last']);
    const copy = view.questions[2];
    expect(copy.id).toBe(view.changedId);
    expect(copy.id).not.toBe(child.id);
    expect(copy.showIf).toEqual({ questionId: parent.id, operator: 'equals', value: parent.options[0]!.key });
    const choiceCopy = (await org.admin.post(`/api/v1/surveys/${id}/questions/${parent.id}/duplicate`)).json();
    const twin = choiceCopy.questions.find((q: { id: string }) => q.id === choiceCopy.changedId);
    expect(twin.options).toEqual(parent.options);
    expect(new Set(choiceCopy.questions.map((q: { id: string }) => q.id)).size).toBe(5);
    await expectDensePositions(id);
  });

  it('asks about each profile dimension only once', async () => {
    const org = await signUpOrganisation(t.app);
    const { id, sections } = await surveyWithSections(org, ['About you']);
    const q = await addQuestion(org.admin, id, { sectionId: sections[0], type: 'profile', dimension: 'site' });
    const again = await org.admin.post(`/api/v1/surveys/${id}/questions`, { sectionId: sections[0], type: 'profile', dimension: 'site' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toMatch(/already asks for the respondent's site/);
    expect((await org.admin.post(`/api/v1/surveys/${id}/questions/${q.id}/duplicate`)).statusCode).toBe(409);
  });
});

describe('show-if conditions', () => {
  async function setUp() {
    const org = await signUpOrganisation(t.app);
    const { id, sections } = await surveyWithSections(org, ['One', 'Two']);
    const training = await addQuestion(org.admin, id, { sectionId: sections[0], type: 'single_choice', title: 'Have you had training?' });
    const text = await addQuestion(org.admin, id, { sectionId: sections[0], type: 'short_text', title: 'Anything else?' });
    const follow = await addQuestion(org.admin, id, { sectionId: sections[1], type: 'long_text', title: 'What training would help?' });
    const condition = (questionId: string, showIf: unknown) => org.admin.patch(`/api/v1/surveys/${id}/questions/${questionId}`, { showIf });
    return { org, id, sections, training, text, follow, condition };
  }

  it('accepts a condition on an earlier answer and refuses impossible ones with plain messages', async () => {
    const { training, text, follow, condition } = await setUp();
    const no = training.options[1]!.key;
    const ok = await condition(follow.id, { questionId: training.id, operator: 'equals', value: no });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().problems).toEqual([]);
    const cases: [string, unknown, string][] = [
      [training.id, { questionId: follow.id, operator: 'equals', value: 'x' }, 'A condition can depend only on a choice, agreement, rating or "about you" question'],
      [follow.id, { questionId: text.id, operator: 'equals', value: 'x' }, 'A condition can depend only on a choice, agreement, rating or "about you" question'],
      [follow.id, { questionId: training.id, operator: 'equals', value: 'maybe' }, 'Choose one of the answers of the earlier question'],
      [follow.id, { questionId: training.id, operator: 'includes', value: no }, 'Use "is" or "is not" for this question'],
      [follow.id, { questionId: follow.id, operator: 'equals', value: no }, 'A question cannot depend on its own answer'],
    ];
    for (const [questionId, showIf, message] of cases) {
      const refused = await condition(questionId, showIf);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([{ field: 'showIf', message }]);
    }
  });

  it('tests scale answers by their value', async () => {
    const { org, id, sections, follow, condition } = await setUp();
    const likert = await addQuestion(org.admin, id, { sectionId: sections[0], type: 'likert' });
    const rating = await addQuestion(org.admin, id, { sectionId: sections[0], type: 'rating' });
    expect((await condition(follow.id, { questionId: likert.id, operator: 'equals', value: '2' })).statusCode).toBe(200);
    expect((await condition(follow.id, { questionId: likert.id, operator: 'equals', value: '6' })).statusCode).toBe(400);
    expect((await condition(follow.id, { questionId: rating.id, operator: 'not_equals', value: '10' })).statusCode).toBe(200);
    expect((await condition(follow.id, { questionId: rating.id, operator: 'equals', value: '11' })).statusCode).toBe(400);
  });

  it('refuses a condition on a later question', async () => {
    const { org, id, training, follow, condition } = await setUp();
    await org.admin.patch(`/api/v1/surveys/${id}/questions/${follow.id}`, { type: 'single_choice' });
    const later = await condition(training.id, { questionId: follow.id, operator: 'equals', value: 'option-1' });
    expect(later.statusCode).toBe(400);
    expect(later.json().errors).toEqual([{ field: 'showIf', message: 'A condition can only depend on an earlier question' }]);
  });

  it('refuses moves and deletes that would break a condition, naming both questions', async () => {
    const { org, id, sections, training, follow, condition } = await setUp();
    await condition(follow.id, { questionId: training.id, operator: 'not_equals', value: training.options[0]!.key });
    const above = await org.admin.post(`/api/v1/surveys/${id}/questions/${follow.id}/move`, { sectionId: sections[0], position: 0 });
    expect(above.statusCode).toBe(409);
    expect(above.json().detail).toBe(
      'Moving this question would put Question 3 (“What training would help?”) before the question it depends on, question 1 (“Have you had training?”). ' +
        'A question can only depend on an earlier one: change or remove its condition first.',
    );
    const below = await org.admin.post(`/api/v1/surveys/${id}/questions/${training.id}/move`, { sectionId: sections[1], position: 1 });
    expect(below.statusCode).toBe(409);
    const sectionSwap = await org.admin.post(`/api/v1/surveys/${id}/sections/${sections[1]}/move`, { direction: 'up' });
    expect(sectionSwap.statusCode).toBe(409);
    const removed = await org.admin.delete(`/api/v1/surveys/${id}/questions/${training.id}`);
    expect(removed.statusCode).toBe(409);
    expect(removed.json().detail).toMatch(/Question 3 \(“What training would help\?”\) depending on a question that no longer exists/);
    const dropOption = await org.admin.patch(`/api/v1/surveys/${id}/questions/${training.id}`, { type: 'long_text' });
    expect(dropOption.statusCode).toBe(409);
    expect(dropOption.json().detail).toMatch(/^Question 3 .* is shown only for certain answers to this question/);
    // Nothing moved: the order is as it was.
    expect(layout(await builder(org.admin, id))).toEqual([['One', ['Have you had training?', 'Anything else?']], ['Two', ['What training would help?']]]);
    // Clearing the condition lets the move go ahead.
    await condition(follow.id, null);
    expect((await org.admin.post(`/api/v1/surveys/${id}/questions/${follow.id}/move`, { sectionId: sections[0], position: 0 })).statusCode).toBe(200);
    await expectDensePositions(id);
  });
});
