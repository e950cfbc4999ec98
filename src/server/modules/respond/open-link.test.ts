import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { surveyResponses, surveys } from '../surveys/index.js';
import { CODE_ATTEMPTS } from './pages/routes.js';
import { createTestSurvey, h1, hiddenFields, newTestStrategy, openLinkOf, postForm, type TestSurvey } from '../../testing/surveys.js';

let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Respond Trust');
  strategyId = await newTestStrategy(org);
});
afterAll(() => t.close());

/** Three sections; the second question of section 2 shows only for people who use the EPR. */
async function threeSectionSurvey(extra: Partial<Parameters<typeof createTestSurvey>[3]> = {}): Promise<{ survey: TestSurvey; slug: string }> {
  const survey = await createTestSurvey(t.ctx.db, org, strategyId, {
    sections: [
      { title: 'Your work', questions: [{ ref: 'uses', type: 'single_choice', title: 'Do you use the EPR?', required: true, options: ['Yes', 'No'] }] },
      {
        title: 'The EPR',
        questions: [
          { ref: 'speed', type: 'likert', title: 'The EPR is quick enough', required: true, showIf: { ref: 'uses', operator: 'equals', value: 'yes' } },
          { ref: 'which', type: 'multiple_choice', title: 'Which devices do you use?', options: ['Desktop', 'Laptop', 'Phone'] },
        ],
      },
      { title: 'Anything else', questions: [{ ref: 'comment', type: 'long_text', title: 'What would help most?' }] },
    ],
    ...extra,
    // A closed survey's link cannot be turned on: it is turned on while open, then the survey closes.
    ...(extra.status === 'closed' ? { status: 'open' as const } : {}),
  });
  const slug = await openLinkOf(org, survey.surveyId);
  if (extra.status === 'closed') await t.ctx.db.update(surveys).set({ status: 'closed' }).where(eq(surveys.id, survey.surveyId));
  return { survey, slug };
}

async function responsesOf(surveyId: string) {
  return t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
}

describe('the open link', () => {
  it('takes a respondent from the intro to the confirmation, one section a page, with JavaScript off', async () => {
    const { survey, slug } = await threeSectionSurvey();
    const intro = await t.app.inject({ method: 'GET', url: `/s/${slug}` });
    expect(intro.statusCode).toBe(200);
    expect(intro.headers['content-type']).toContain('text/html');
    expect(h1(intro.body)).toBe('Digital tools at work');
    expect(intro.body).not.toMatch(/<script/i);
    expect(intro.body).not.toMatch(/style="/);

    const first = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(intro.body, `/s/${slug}/page`), nav: 'start' });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Section 1 of 3');
    expect(h1(first.body)).toBe('Your work');

    // Continue without the required answer: the NHS.UK error summary and the inline error.
    const fields1 = hiddenFields(first.body, `/s/${slug}/page`);
    const missing = await postForm(t.app, `/s/${slug}/page`, { ...fields1, nav: 'continue' });
    expect(missing.body).toContain('nhsuk-error-summary');
    expect(missing.body).toContain('There is a problem');
    expect(missing.body).toContain(`href="#q_${survey.q.uses}"`);
    expect(missing.body).toContain('nhsuk-error-message');
    expect(missing.body).toMatch(/<title>Error: /);
    expect(h1(missing.body)).toBe('Your work');

    const second = await postForm(t.app, `/s/${slug}/page`, { ...fields1, nav: 'continue', [`q_${survey.q.uses}`]: 'yes' });
    expect(second.body).toContain('Section 2 of 3');
    expect(second.body).toContain('The EPR is quick enough');
    const third = await postForm(t.app, `/s/${slug}/page`, {
      ...hiddenFields(second.body, `/s/${slug}/page`), nav: 'continue', [`q_${survey.q.speed}`]: '4', [`q_${survey.q.which}`]: ['desktop', 'phone'],
    });
    expect(h1(third.body)).toBe('Anything else');

    // Back keeps the answers given so far.
    const back = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(third.body, `/s/${slug}/page`), nav: 'back', [`q_${survey.q.comment}`]: 'Faster log-in' });
    expect(h1(back.body)).toBe('The EPR');
    expect(back.body).toMatch(new RegExp(`value="4" checked|checked[^>]*value="4"`));
    const again = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(back.body, `/s/${slug}/page`), nav: 'continue', [`q_${survey.q.speed}`]: '4', [`q_${survey.q.which}`]: ['desktop', 'phone'] });
    expect(again.body).toContain('Faster log-in');

    const check = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(again.body, `/s/${slug}/page`), nav: 'continue', [`q_${survey.q.comment}`]: 'Faster log-in' });
    expect(h1(check.body)).toBe('Check your answers before sending them');
    expect(check.body).toContain('Agree');
    expect(check.body).toContain('Desktop, Phone');

    const submitted = await postForm(t.app, `/s/${slug}/submit`, hiddenFields(check.body, `/s/${slug}/submit`));
    expect(submitted.statusCode).toBe(303);
    expect(submitted.headers.location).toBe(`/s/${slug}/done`);
    const done = await t.app.inject({ method: 'GET', url: submitted.headers.location as string });
    expect(done.body).toContain('Thank you, your answers have been sent');
    expect(done.body).toContain('We will share what we heard in the spring.');

    const [response] = await responsesOf(survey.surveyId);
    expect(response!.invitationId).toBeNull();
    const answers = response!.answers;
    expect(answers[survey.q.comment!]).toBe('Faster log-in');
    expect([...(answers[survey.q.which!] as string[])].sort()).toEqual(['desktop', 'phone']);
  });

  it('skips a question whose condition is not met, on the server', async () => {
    const { survey, slug } = await threeSectionSurvey();
    const intro = await t.app.inject({ method: 'GET', url: `/s/${slug}` });
    const first = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(intro.body, `/s/${slug}/page`), nav: 'start' });
    const second = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(first.body, `/s/${slug}/page`), nav: 'continue', [`q_${survey.q.uses}`]: 'no' });
    expect(h1(second.body)).toBe('The EPR');
    expect(second.body).not.toContain('The EPR is quick enough');
    expect(second.body).toContain('Which devices do you use?');
    // An answer smuggled in for the hidden question is not stored.
    const third = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(second.body, `/s/${slug}/page`), nav: 'continue', [`q_${survey.q.speed}`]: '1' });
    const check = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(third.body, `/s/${slug}/page`), nav: 'continue' });
    expect(check.body).not.toContain('The EPR is quick enough');
    await postForm(t.app, `/s/${slug}/submit`, hiddenFields(check.body, `/s/${slug}/submit`));
    const [response] = await responsesOf(survey.surveyId);
    expect(Object.keys(response!.answers)).toEqual([survey.q.uses]);
  });

  it('stores one response when the final form is posted twice, and shows the same confirmation', async () => {
    const { survey, slug } = await threeSectionSurvey();
    const check = await walkToCheck(slug, survey);
    const fields = hiddenFields(check.body, `/s/${slug}/submit`);
    const [a, b] = await Promise.all([postForm(t.app, `/s/${slug}/submit`, fields), postForm(t.app, `/s/${slug}/submit`, fields)]);
    const c = await postForm(t.app, `/s/${slug}/submit`, fields);
    for (const r of [a, b, c]) expect([r.statusCode, r.headers.location]).toEqual([303, `/s/${slug}/done`]);
    expect(await responsesOf(survey.surveyId)).toHaveLength(1);
  });

  it('stores free text verbatim and shows it escaped', async () => {
    const { survey, slug } = await threeSectionSurvey();
    const nasty = '<script>alert(1)</script> "><img src=x onerror=alert(1)> 🙂👩🏽‍⚕️ مرحبا بالعالم \u202Eevil';
    const check = await walkToCheck(slug, survey, nasty);
    expect(check.body).not.toContain('<script>alert(1)</script>');
    expect(check.body).not.toContain('<img src=x');
    expect(check.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(check.body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(check.body).toContain('🙂👩🏽‍⚕️ مرحبا بالعالم');
    await postForm(t.app, `/s/${slug}/submit`, hiddenFields(check.body, `/s/${slug}/submit`));
    const [response] = await responsesOf(survey.surveyId);
    expect(response!.answers[survey.q.comment!]).toBe(nasty);
  });

  it('asks for the access code, refuses a wrong one with a clear message, and rests the link after too many', async () => {
    const { survey, slug } = await threeSectionSurvey();
    expect((await org.admin.put(`/api/v1/surveys/${survey.surveyId}/distribution/access-code`, { code: 'Ward42' })).statusCode).toBe(200);
    const intro = await t.app.inject({ method: 'GET', url: `/s/${slug}` });
    const codePage = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(intro.body, `/s/${slug}/page`), nav: 'start' });
    expect(codePage.body).toContain('Enter the access code');
    // Forging the way past the code page does not work.
    const forged = await postForm(t.app, `/s/${slug}/page`, { state: Buffer.from(JSON.stringify({ answers: {}, pass: 'x'.repeat(43) })).toString('base64url'), nav: 'start' });
    expect(forged.body).toContain('Enter the access code');

    const wrong = await postForm(t.app, `/s/${slug}/code`, { ...hiddenFields(codePage.body, `/s/${slug}/code`), code: 'ward41' });
    expect(wrong.body).toContain('nhsuk-error-summary');
    expect(wrong.body).toContain('The access code is not right');
    const right = await postForm(t.app, `/s/${slug}/code`, { ...hiddenFields(codePage.body, `/s/${slug}/code`), code: ' WARD42 ' });
    expect(h1(right.body)).toBe('Your work');
    const answered = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(right.body, `/s/${slug}/page`), nav: 'continue', [`q_${survey.q.uses}`]: 'no' });
    expect(h1(answered.body)).toBe('The EPR');

    for (let i = 1; i < CODE_ATTEMPTS; i += 1) await postForm(t.app, `/s/${slug}/code`, { code: `wrong${i}` });
    const rested = await postForm(t.app, `/s/${slug}/code`, { code: 'ward42' });
    expect(rested.statusCode).toBe(429);
    expect(h1(rested.body)).toBe('Too many wrong access codes');
    // Someone already past the code carries on.
    const carryOn = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(answered.body, `/s/${slug}/page`), nav: 'continue' });
    expect(h1(carryOn.body)).toBe('Anything else');
  });

  it('shows clear pages for a survey not yet open, closed, and an unknown link', async () => {
    const later = await threeSectionSurvey({ opensAt: new Date(Date.now() + 3 * 86_400_000) });
    const notOpen = await t.app.inject({ method: 'GET', url: `/s/${later.slug}` });
    expect(h1(notOpen.body)).toBe('This survey is not open yet');
    expect(notOpen.body).toMatch(/opens on \d{1,2} [A-Z][a-z]+ 20\d\d/);

    const ended = await threeSectionSurvey({ closesAt: new Date(Date.now() - 60_000), opensAt: new Date(Date.now() - 86_400_000) });
    expect(h1((await t.app.inject({ method: 'GET', url: `/s/${ended.slug}` })).body)).toBe('This survey has closed');
    const closed = await threeSectionSurvey({ status: 'closed' });
    const closedPage = await postForm(t.app, `/s/${closed.slug}/submit`, { idempotencyKey: 'k'.repeat(43) });
    expect(h1(closedPage.body)).toBe('This survey has closed');
    expect(await responsesOf(closed.survey.surveyId)).toHaveLength(0);

    const unknown = await t.app.inject({ method: 'GET', url: '/s/not-a-real-link-at-all' });
    expect(unknown.statusCode).toBe(404);
    expect(h1(unknown.body)).toBe('Page not found');
    const draft = await threeSectionSurvey({ status: 'draft' });
    expect((await t.app.inject({ method: 'GET', url: `/s/${draft.slug}` })).statusCode).toBe(404);
  });

  it('accepts a signed-in browser’s plain form post and refuses a cross-site one', async () => {
    const { slug } = await threeSectionSurvey();
    const intro = await t.app.inject({ method: 'GET', url: `/s/${slug}` });
    const fields = { ...hiddenFields(intro.body, `/s/${slug}/page`), nav: 'start' };
    const signedIn = await postForm(t.app, `/s/${slug}/page`, fields, { cookie: org.admin.cookie, 'sec-fetch-site': 'same-origin' });
    expect(h1(signedIn.body)).toBe('Your work');
    const crossSite = await postForm(t.app, `/s/${slug}/page`, fields, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    const otherOrigin = await postForm(t.app, `/s/${slug}/page`, fields, { origin: 'https://evil.example' });
    expect(otherOrigin.statusCode).toBe(403);
    const hiddenOrigin = await postForm(t.app, `/s/${slug}/page`, fields, { origin: 'null' });
    expect(hiddenOrigin.statusCode).toBe(403);
    expect(h1(hiddenOrigin.body)).toBe('This form was sent from another website');
    const sameOriginNull = await postForm(t.app, `/s/${slug}/page`, fields, { origin: 'null', 'sec-fetch-site': 'same-origin' });
    expect(h1(sameOriginNull.body)).toBe('Your work');
  });
});

async function walkToCheck(slug: string, survey: TestSurvey, comment = 'More laptops') {
  const intro = await t.app.inject({ method: 'GET', url: `/s/${slug}` });
  const first = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(intro.body, `/s/${slug}/page`), nav: 'start' });
  const second = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(first.body, `/s/${slug}/page`), nav: 'continue', [`q_${survey.q.uses}`]: 'no' });
  const third = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(second.body, `/s/${slug}/page`), nav: 'continue' });
  const check = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(third.body, `/s/${slug}/page`), nav: 'continue', [`q_${survey.q.comment}`]: comment });
  if (!check.body.includes('Check your answers')) throw new Error(check.body);
  return check;
}
