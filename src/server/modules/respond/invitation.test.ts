import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { surveyResponses } from '../surveys/index.js';
import { surveyInvitations } from '../surveys/tables.js';
import { createTestSurvey, h1, hiddenFields, invitationLinks, newTestStrategy, postForm, type TestSurvey } from '../../testing/surveys.js';

let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Invitation Trust');
  strategyId = await newTestStrategy(org);
});
afterAll(() => t.close());

let counter = 0;
/** A survey whose second section holds only a question for EPR users, with invitations sent. */
async function invitedSurvey(anonymous: boolean, people = ['gil', 'hal', 'ida']): Promise<{ survey: TestSurvey; links: Map<string, string>; emails: string[] }> {
  const survey = await createTestSurvey(t.ctx.db, org, strategyId, {
    anonymous,
    sections: [
      { title: 'Your work', questions: [{ ref: 'uses', type: 'single_choice', title: 'Do you use the EPR?', required: true, options: ['Yes', 'No'] }] },
      { title: 'The EPR', questions: [{ ref: 'speed', type: 'rating', title: 'How quick is it?', required: true, showIf: { ref: 'uses', operator: 'equals', value: 'yes' } }] },
      { title: 'Last words', questions: [{ ref: 'comment', type: 'short_text', title: 'Anything else?' }] },
    ],
  });
  counter += 1;
  const emails = people.map((p) => `${p}.${counter}.${process.pid}@example.nhs.uk`);
  await org.admin.post(`/api/v1/surveys/${survey.surveyId}/invitations/import`, { text: emails.join('\n') });
  await org.admin.post(`/api/v1/surveys/${survey.surveyId}/invitations/send`);
  return { survey, links: await invitationLinks(org), emails };
}

async function answerAll(token: string, survey: TestSurvey) {
  const base = `/r/${token}`;
  const intro = await t.app.inject({ method: 'GET', url: base });
  const first = await postForm(t.app, `${base}/page`, { ...hiddenFields(intro.body, `${base}/page`), nav: 'start' });
  const next = await postForm(t.app, `${base}/page`, { ...hiddenFields(first.body, `${base}/page`), nav: 'continue', [`q_${survey.q.uses}`]: 'no' });
  const check = await postForm(t.app, `${base}/page`, { ...hiddenFields(next.body, `${base}/page`), nav: 'continue', [`q_${survey.q.comment}`]: 'Fine' });
  expect(h1(check.body)).toBe('Check your answers before sending them');
  return postForm(t.app, `${base}/submit`, hiddenFields(check.body, `${base}/submit`));
}

describe('personal invitations', () => {
  it('work once: a second visit shows the already-used page, and a double POST stores one response', async () => {
    const { survey, links, emails } = await invitedSurvey(true);
    const token = links.get(emails[0]!)!;
    const base = `/r/${token}`;
    const intro = await t.app.inject({ method: 'GET', url: base });
    const first = await postForm(t.app, `${base}/page`, { ...hiddenFields(intro.body, `${base}/page`), nav: 'start' });
    const next = await postForm(t.app, `${base}/page`, { ...hiddenFields(first.body, `${base}/page`), nav: 'continue', [`q_${survey.q.uses}`]: 'no' });
    // The EPR section has nothing to ask someone who does not use it: it is skipped and not counted.
    expect(h1(next.body)).toBe('Last words');
    expect(next.body).toContain('Section 2 of 2');
    const check = await postForm(t.app, `${base}/page`, { ...hiddenFields(next.body, `${base}/page`), nav: 'continue' });
    const fields = hiddenFields(check.body, `${base}/submit`);
    const [a, b] = await Promise.all([postForm(t.app, `${base}/submit`, fields), postForm(t.app, `${base}/submit`, fields)]);
    for (const r of [a, b]) expect([r.statusCode, r.headers.location]).toEqual([303, `${base}/done`]);
    expect((await t.app.inject({ method: 'GET', url: `${base}/done` })).body).toContain('Thank you, your answers have been sent');
    expect(await t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.surveyId))).toHaveLength(1);

    const revisit = await t.app.inject({ method: 'GET', url: base });
    expect(h1(revisit.body)).toBe('You have already taken part');
    const replay = await postForm(t.app, `${base}/submit`, { ...fields, idempotencyKey: 'another-key-of-enough-length-1234567890' });
    expect(h1(replay.body)).toBe('You have already taken part');
    expect(await t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.surveyId))).toHaveLength(1);
    const [invitation] = await t.ctx.db.select().from(surveyInvitations).where(eq(surveyInvitations.email, emails[0]!));
    expect(invitation).toMatchObject({ responded: true, draft: null });
  });

  it('saves answers part-way on the invitation and resumes where the person stopped', async () => {
    const { survey, links, emails } = await invitedSurvey(true);
    const base = `/r/${links.get(emails[1]!)}`;
    const intro = await t.app.inject({ method: 'GET', url: base });
    const first = await postForm(t.app, `${base}/page`, { ...hiddenFields(intro.body, `${base}/page`), nav: 'start' });
    const second = await postForm(t.app, `${base}/page`, { ...hiddenFields(first.body, `${base}/page`), nav: 'continue', [`q_${survey.q.uses}`]: 'yes' });
    expect(h1(second.body)).toBe('The EPR');
    const saved = await postForm(t.app, `${base}/page`, { ...hiddenFields(second.body, `${base}/page`), nav: 'save', [`q_${survey.q.speed}`]: '7' });
    expect(h1(saved.body)).toBe('Your answers have been saved');

    const back = await t.app.inject({ method: 'GET', url: base });
    expect(back.body).toContain('Continue where you left off');
    const resumed = await postForm(t.app, `${base}/page`, { ...hiddenFields(back.body, `${base}/page`), nav: 'start' });
    expect(h1(resumed.body)).toBe('The EPR');
    expect(resumed.body).toMatch(/value="7" checked|checked[^>]*value="7"/);
    expect(resumed.body).toContain('Section 2 of 3');
  });

  it('sends reminders only to people who have not responded, with a new link; the link before it keeps working', async () => {
    const { links, emails, survey } = await invitedSurvey(true);
    expect((await answerAll(links.get(emails[0]!)!, survey)).statusCode).toBe(303);
    const reminded = await org.admin.post(`/api/v1/surveys/${survey.surveyId}/invitations/remind`);
    expect(reminded.json()).toMatchObject({ sent: 2, counts: { invitations: 3, responded: 1, notYet: 2 } });
    const after = await invitationLinks(org);
    expect(after.get(emails[0]!)).toBe(links.get(emails[0]!));
    for (const email of emails.slice(1)) {
      expect(after.get(email)).not.toBe(links.get(email));
      expect(h1((await t.app.inject({ method: 'GET', url: `/r/${after.get(email)}` })).body)).toBe('Digital tools at work');
      // Someone who half-filled the survey from the first email is not stranded by a reminder.
      expect(h1((await t.app.inject({ method: 'GET', url: `/r/${links.get(email)}` })).body)).toBe('Digital tools at work');
    }
    // A second reminder: its link and the first reminder's work; the original email's no longer does.
    await org.admin.post(`/api/v1/surveys/${survey.surveyId}/invitations/remind`);
    const latest = await invitationLinks(org);
    for (const email of emails.slice(1)) {
      expect((await t.app.inject({ method: 'GET', url: `/r/${latest.get(email)}` })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: `/r/${after.get(email)}` })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: `/r/${links.get(email)}` })).statusCode).toBe(404);
    }
    const rows = await t.ctx.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.surveyId));
    expect(rows.map((r) => [r.email, r.remindersSent]).sort()).toEqual([[emails[0], 0], [emails[1], 2], [emails[2], 2]].sort());
  });

  it('keep a named survey’s response with its invitation', async () => {
    const { links, emails, survey } = await invitedSurvey(false, ['jo']);
    await answerAll(links.get(emails[0]!)!, survey);
    const [invitation] = await t.ctx.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.surveyId));
    const [response] = await t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.surveyId));
    expect(response!.invitationId).toBe(invitation!.id);
  });
});

describe('anonymity', () => {
  type Column = { table_name: string; column_name: string; data_type: string };

  it('leaves no stored column or timestamp that joins an anonymous response to its invitation', async () => {
    const { links, emails, survey } = await invitedSurvey(true, ['kim', 'lee']);
    await answerAll(links.get(emails[0]!)!, survey);

    const result = await t.ctx.db.execute(sql`
      SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name IN ('survey_responses', 'survey_invitations')`);
    const columns = (Array.isArray(result) ? result : (result as { rows: Column[] }).rows) as Column[];
    const of = (table: string) => columns.filter((c) => c.table_name === table);
    expect(of('survey_responses').length).toBeGreaterThan(5);

    // No time finer than a day on anything a response is made of.
    for (const c of of('survey_responses')) {
      expect(`${c.table_name}.${c.column_name}: ${c.data_type}`).not.toMatch(/: (timestamp|time)/);
    }
    expect(of('survey_responses').find((c) => c.column_name === 'submitted_on')?.data_type).toBe('date');
    // "Used" is a bare flag: the invitation holds no time it was used.
    const invitationTimes = of('survey_invitations').filter((c) => /timestamp|time|date/.test(c.data_type)).map((c) => c.column_name);
    expect(invitationTimes).toEqual(['created_at']);
    expect(of('survey_invitations').find((c) => c.column_name === 'responded')?.data_type).toBe('boolean');
    // The only column that could point from a response to an invitation is invitation_id…
    const shared = of('survey_responses')
      .map((c) => c.column_name)
      .filter((name) => of('survey_invitations').some((c) => c.column_name === name) && name !== 'survey_id');
    expect(shared.sort()).toEqual(['id']);
    const pointers = of('survey_responses').filter((c) => /invitation|token|email/.test(c.column_name)).map((c) => c.column_name);
    expect(pointers).toEqual(['invitation_id']);

    // …and it is empty for an anonymous survey, while the invitation keeps no draft and no reference.
    const [response] = await t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.surveyId));
    expect(response!.invitationId).toBeNull();
    const invitations = await t.ctx.db.select().from(surveyInvitations).where(eq(surveyInvitations.surveyId, survey.surveyId));
    const used = invitations.find((i) => i.responded)!;
    expect(used.draft).toBeNull();
    expect(JSON.stringify(used)).not.toContain(response!.id);
    expect(JSON.stringify(response)).not.toContain(used.id);
    expect(response!.idempotencyKey).not.toContain(links.get(emails[0]!)!);
    // The invitation that was used cannot be told from the one that was not by any time.
    const unused = invitations.find((i) => !i.responded)!;
    expect(Object.keys(used).filter((k) => (used as Record<string, unknown>)[k] instanceof Date)).toEqual(['createdAt']);
    expect(used.createdAt.getTime()).toBe(unused.createdAt.getTime());
  });
});
