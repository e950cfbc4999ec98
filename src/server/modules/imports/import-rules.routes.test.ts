import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naughtyStrings } from '../../testing/test-data.js';
import { addMember, startTestApp, type TestApp } from '../../testing/harness.js';
import { countsCheck, csv, fixture, footprint, importingOrganisation } from './testing-imports.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const setUp = () => importingOrganisation(t.app);
const questionsOf = (surveyId: string) =>
  t.ctx.database.query<{ id: string; title: string; type: string }>(`SELECT id, title, type FROM survey_questions WHERE survey_id = $1 ORDER BY position`, [surveyId]);

describe('import rules', () => {
  it('refuses the same file twice, saying where it went, and changes nothing the second time', async () => {
    const { org, commit } = await setUp();
    const first = await commit('staff-survey.csv', fixture('microsoft-forms.csv'), { title: 'Staff digital survey' });
    expect(first.statusCode, first.body).toBe(201);
    const before = await footprint(t.ctx.database, org.organisationId);
    const again = await commit('renamed.csv', fixture('microsoft-forms.csv'));
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toMatch(/This file was already imported on \d{4}-\d\d-\d\d, as the survey "Staff digital survey"/);
    const into = await commit('staff-survey.csv', fixture('microsoft-forms.csv'), { surveyId: first.json().surveyId });
    expect(into.json().detail).toMatch(/already imported into "Staff digital survey"/);
    expect(await footprint(t.ctx.database, org.organisationId)).toEqual(before);
  });

  it('maps columns onto an existing survey by title and option label, adding to its counts', async () => {
    const { commit, preview } = await setUp();
    const first = await commit('january.csv', fixture('microsoft-forms.csv'));
    const surveyId = first.json().surveyId as string;
    const february = fixture('microsoft-forms.csv').toString('utf8').replace(/1\/(\d\d)\/24/g, '2/$1/24');
    const shown = (await preview('february.csv', Buffer.from(february), { surveyId })).json();
    expect(shown.canImport).toBe(true);
    expect(shown.target).toMatchObject({ surveyId });
    const targets = shown.questions.map((q: { targetQuestionId: string }) => q.targetQuestionId);
    expect(targets).toEqual((await questionsOf(surveyId)).map((q) => q.id));
    const done = await commit('february.csv', Buffer.from(february), { surveyId });
    expect(done.statusCode, done.body).toBe(201);
    const { expected, stored } = await countsCheck(t.ctx.database, surveyId);
    expect(stored).toEqual(expected);
    const [tally] = await t.ctx.database.query<{ n: number }>(`SELECT sum(count)::int AS n FROM survey_answer_counts WHERE question_id = $1`, [surveyId]);
    expect(tally!.n).toBe(16);
  });

  it('refuses answers that are not options of the existing survey, row by row, and changes nothing', async () => {
    const { org, commit } = await setUp();
    const surveyId = (await commit('first.csv', fixture('surveymonkey.csv'))).json().surveyId as string;
    const before = await footprint(t.ctx.database, org.organisationId);
    const text = fixture('surveymonkey.csv').toString('utf8').replace('Very dissatisfied', 'Extremely unhappy').replace(/2024/g, '2025');
    const refused = await commit('second.csv', Buffer.from(text), { surveyId });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toBe('The file was not imported: Row 8, column "How satisfied are you with IT support overall?": "Extremely unhappy" is not one of the options. Nothing was saved.');
    expect(await footprint(t.ctx.database, org.organisationId)).toEqual(before);
  });

  it('lets the person override a type or skip a column, and previews again', async () => {
    const { preview, commit } = await setUp();
    const file = fixture('qualtrics-legacy.csv');
    const shown = (await preview('legacy.csv', file)).json();
    const often = shown.questions.find((q: { title: string }) => q.title.startsWith('How often'));
    const text = shown.questions.find((q: { title: string }) => q.title.startsWith('What one thing'));
    const again = (await preview('legacy.csv', file, { columns: [{ column: often.column, type: 'short_text' }, { column: text.column, skip: true }] })).json();
    expect(again.questions.find((q: { column: number }) => q.column === often.column)).toMatchObject({ type: 'short_text', inferredType: 'single_choice' });
    expect(again.questions.find((q: { column: number }) => q.column === text.column)).toMatchObject({ skipped: true });
    const wrong = (await preview('legacy.csv', file, { columns: [{ column: text.column, type: 'likert' }] })).json();
    expect(wrong.canImport).toBe(false);
    expect(wrong.problems[0].text).toBe('Row 3, column "What one thing would make digital work better for you?": "Faster log-in, please" is not an agreement level (Strongly disagree to Strongly agree).');
    const done = await commit('legacy.csv', file, { columns: [{ column: text.column, skip: true }] });
    expect((await questionsOf(done.json().surveyId)).map((q) => q.title)).not.toContain('What one thing would make digital work better for you?');
  });

  it('drops identifying columns, keeps one only when asked, and never into an anonymous survey', async () => {
    const { org, commit, preview } = await setUp();
    const rows = [['Timestamp', 'Email Address', 'Ward', 'Comment']];
    for (let i = 0; i < 6; i += 1) rows.push([`2024/02/0${i + 1} 10:00:00 AM GMT`, `nurse${i}@nhs.net`, i % 2 ? 'Ward 1' : 'Ward 2', `Comment ${i}`]);
    const file = csv(rows);
    const shown = (await preview('named.csv', file)).json();
    expect(shown.identifying).toEqual([{ column: 1, title: 'Email Address', reason: 'email address', keep: false }]);
    expect(shown.firstRows[0][1]).toBe('(dropped)');
    const dropped = await commit('named.csv', file);
    const surveyId = dropped.json().surveyId as string;
    const stored = await t.ctx.database.query<{ text: string }>(`SELECT answers::text AS text FROM survey_responses WHERE survey_id = $1`, [surveyId]);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((a) => a.text.includes('@'))).toBe(false);

    const intoAnonymous = await commit('named-2.csv', csv([...rows, ['2024/02/09 10:00:00 AM GMT', 'x@nhs.net', 'Ward 1', 'More']]), { surveyId, keepIdentifying: [1] });
    expect(intoAnonymous.statusCode).toBe(400);
    expect(intoAnonymous.json().detail).toBe('The file was not imported: column "Email Address": This column identifies people (email address) and "named" is anonymous, so it cannot be kept. Leave it out, or import into a survey that is not anonymous. Nothing was saved.');
    const newAnonymous = await commit('named-2.csv', csv([...rows, ['2024/02/09 10:00:00 AM GMT', 'x@nhs.net', 'Ward 1', 'More']]), { keepIdentifying: [1], anonymous: true });
    expect(newAnonymous.statusCode).toBe(400);
    expect(newAnonymous.json().detail).toMatch(/column "Email Address": This column identifies people \(email address\) and the new survey is to be anonymous, so it cannot be kept/i);
    expect((await t.ctx.database.query(`SELECT 1 FROM surveys WHERE organisation_id = $1 AND identifying_kept <> '[]'::jsonb`, [org.organisationId])).length).toBe(0);

    const kept = await commit('named-3.csv', csv([...rows, ['2024/02/10 10:00:00 AM GMT', 'y@nhs.net', 'Ward 2', 'Again']]), { keepIdentifying: [1] });
    expect(kept.statusCode, kept.body).toBe(201);
    const keptId = kept.json().surveyId as string;
    const [survey] = await t.ctx.database.query<{ anonymous: boolean }>(`SELECT anonymous FROM surveys WHERE id = $1`, [keptId]);
    expect(survey!.anonymous).toBe(false);
    expect((await questionsOf(keptId)).map((q) => q.title)).toContain('Email Address');
    // Shown on the survey, and audited with the import.
    const shownSurvey = (await org.admin.get(`/api/v1/surveys/${keptId}`)).json().survey;
    expect(shownSurvey).toMatchObject({ anonymous: false, identifyingKept: [{ column: 'Email Address', reason: 'email address', fileName: 'named-3.csv' }] });
    expect((await org.admin.get(`/api/v1/surveys/${surveyId}`)).json().survey.identifyingKept).toEqual([]);
    const audits = await t.ctx.database.query<{ after: Record<string, unknown> }>(`SELECT after FROM audit_events WHERE action = 'survey.imported' AND subject_id = $1`, [keptId]);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ anonymous: false, keptIdentifying: ['Email Address (email address)'], droppedIdentifying: [] });

    // A second file into the same (not anonymous) survey adds what it keeps to the list.
    const more = [['Timestamp', 'Email Address', 'Ward', 'Comment'], ['2024/03/01 10:00:00 AM GMT', 'z@nhs.net', 'Ward 1', 'Later']];
    const second = await commit('named-4.csv', csv(more), { surveyId: keptId, keepIdentifying: [1] });
    expect(second.statusCode, second.body).toBe(201);
    expect((await org.admin.get(`/api/v1/surveys/${keptId}`)).json().survey.identifyingKept.map((c: { fileName: string }) => c.fileName)).toEqual(['named-3.csv', 'named-4.csv']);
  });

  it('lists unmatched staff groups as problems, or counts them as not stated when asked', async () => {
    const { preview } = await setUp();
    const text = fixture('microsoft-forms.csv').toString('utf8').replace('Medical and Dental', 'Doctors');
    const strict = (await preview('groups.csv', Buffer.from(text))).json();
    expect(strict.problems.map((p: { text: string }) => p.text)).toEqual([
      'Row 3, column "Which staff group are you in?": "Doctors" is not one of the organisation\'s staff groups. Add it in Workforce, or choose to count unmatched answers as "not stated".',
    ]);
    const lenient = (await preview('groups.csv', Buffer.from(text), { unmatchedProfile: 'not_stated' })).json();
    expect(lenient.canImport).toBe(true);
  });

  it('lists past imports, and lets only admins and the strategy team import', async () => {
    const { org, strategyId, commit } = await setUp();
    await commit('google.csv', fixture('google-forms.csv'));
    const history = await org.admin.get(`/api/v1/strategies/${strategyId}/imports`);
    expect(history.json().imports).toMatchObject([{ fileName: 'google.csv', tool: 'google_forms', toolLabel: 'Google Forms', rowCount: 8, createdByName: 'Ada Admin' }]);
    const body = { fileName: 'x.csv', content: fixture('google-forms.csv').toString('base64') };
    for (const role of ['leader', 'staff'] as const) {
      const member = await addMember(t.app, org, role);
      expect((await member.session.post(`/api/v1/strategies/${strategyId}/imports/preview`, body)).statusCode).toBe(403);
    }
    const team = await addMember(t.app, org, 'strategy_team');
    expect((await team.session.post(`/api/v1/strategies/${strategyId}/imports/preview`, body)).statusCode).toBe(200);
  });
});

describe('the Big List of Naughty Strings', () => {
  it('imports every string exactly as free text and returns it verbatim from the results', async () => {
    const { strings } = naughtyStrings();
    expect(strings.length).toBeGreaterThan(400);
    const half = Math.ceil(strings.length / 2);
    const rows = [['Ward', 'What gets in the way?', 'What helps?']];
    for (let i = 0; i < half; i += 1) rows.push([i % 2 ? 'Ward 1' : 'Ward 2', strings[i]!, strings[half + i] ?? '']);
    const { org, commit } = await setUp();
    const done = await commit('naughty.csv', csv(rows));
    expect(done.statusCode, done.body.slice(0, 500)).toBe(201);
    const surveyId = done.json().surveyId as string;
    const questions = await questionsOf(surveyId);
    const blank = (s: string) => s.trim() === '';
    for (const [title, expected] of [['What gets in the way?', strings.slice(0, half)], ['What helps?', strings.slice(half)]] as const) {
      const question = questions.find((q) => q.title === title)!;
      expect(['short_text', 'long_text']).toContain(question.type);
      const result = await org.admin.get(`/api/v1/surveys/${surveyId}/results/${question.id}`);
      expect(result.statusCode, result.body.slice(0, 300)).toBe(200);
      expect(result.headers['content-type']).toMatch(/^application\/json/);
      const answers = result.json().texts.answers as string[];
      expect([...answers].sort()).toEqual(expected.filter((s) => !blank(s)).sort());
    }
  });
});
