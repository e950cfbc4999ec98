import type { Page } from '@playwright/test';
import { createStrategyByApi, publishTemplateSurveyByApi, setUpWorkforceByApi, signInByApi, signUpByApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { newAdmin } from './support/people.js';
import { PHONE } from './support/phone.js';
import { answerEverything, answerQuickly, QUESTIONS, type SurveyLink } from './support/respondent.js';
import { answerCounts, applyFilters, resultCard, sum, summaryValue } from './support/results.js';
import { ACCESS_CODE, ADMIN, AHP, clerk, doctor, IDEA_AFTER, IDEA_BEFORE, MEDICAL, NURSING, nurse, TEMPLATE_TITLE, therapist, WORKFORCE } from './support/staff-survey.js';

/**
 * Issue 3's acceptance journey, second part: 30 staff answer the published survey through the
 * real pages (on phones, on desktops, one with JavaScript off), then the results and coverage show
 * the right numbers with small groups hidden. The survey is built by API here (its building is
 * discover-survey.spec.ts's subject). Five tests in order, each with its own time: one long
 * journey timed out on a busy machine.
 */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const admin = newAdmin();
const journey = { orgId: '', strategyId: '', surveyId: '', link: undefined as SurveyLink | undefined };
const surveyLink = () => {
  if (!journey.link) throw new Error('The survey was not published by the first test');
  return journey.link;
};

test.describe.configure({ mode: 'serial' });

test('two staff answer every question on phones', async ({ page, checks, openBrowser }) => {
  test.setTimeout(150_000);
  journey.orgId = await signUpByApi(page, admin);
  await setUpWorkforceByApi(page, journey.orgId, WORKFORCE);
  journey.strategyId = await createStrategyByApi(page, journey.orgId, 'Digital Strategy for Riverside');
  const published = await publishTemplateSurveyByApi(page, journey.strategyId, {
    title: TEMPLATE_TITLE,
    renameQuestion: { from: IDEA_BEFORE, to: IDEA_AFTER },
    accessCode: ACCESS_CODE,
  });
  journey.surveyId = published.surveyId;
  journey.link = { url: published.url, accessCode: ACCESS_CODE.toLowerCase(), surveyTitle: TEMPLATE_TITLE, ideaQuestion: IDEA_AFTER };
  const link = surveyLink();
  // Two people at a time: staff answer side by side; each pair is a test of its own, so a busy
  // machine slows one pair rather than timing out all six.
  await Promise.all([
    openBrowser(PHONE).then((phone) => answerEverything(phone, checks, link, nurse(1), { phone: true, seed: 1 })),
    openBrowser(PHONE).then((phone) => answerEverything(phone, checks, link, doctor(1), { phone: true, seed: 2 })),
  ]);
});

test('two more answer every question on desktops', async ({ checks, openBrowser }) => {
  test.setTimeout(150_000);
  const link = surveyLink();
  await Promise.all([
    openBrowser().then((desktop) => answerEverything(desktop, checks, link, clerk(1), { seed: 3 })),
    openBrowser().then((desktop) => answerEverything(desktop, checks, link, therapist(), { seed: 4 })),
  ]);
});

test('one sends the form with required questions empty first, one has JavaScript off', async ({ checks, openBrowser }) => {
  test.setTimeout(150_000);
  const link = surveyLink();
  await Promise.all([
    openBrowser().then((desktop) => answerEverything(desktop, checks, link, nurse(2), { emptyRequiredFirst: true, seed: 5 })),
    openBrowser({ javaScriptEnabled: false }).then((noScript) => answerEverything(noScript, checks, link, clerk(2), { wrongCodeFirst: true, seed: 6 })),
  ]);
});

test('twenty-four more answer quickly through the same pages', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const link = surveyLink();
  const staff = [
    ...Array.from({ length: 8 }, (_, i) => nurse(i + 3)),
    ...Array.from({ length: 8 }, (_, i) => clerk(i + 3)),
    ...Array.from({ length: 4 }, (_, i) => doctor(i + 2)),
    ...Array.from({ length: 4 }, () => therapist()),
  ];
  // Unwatched browsers: every kind of survey page was checked (axe, CSP, script errors) by the
  // first test, and these people meet only the same kinds of page again.
  const lanes = 2;
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', baseURL });
      const person = await context.newPage();
      for (const answers of staff.filter((_, i) => i % lanes === lane)) await answerQuickly(person, link, answers);
      await context.close();
    }),
  );
});

test('results hide small groups, and coverage shows who has not been heard', async ({ page, checks }) => {
  await signInByApi(page, admin);
  await test.step('results: 30 respondents, and the training question adds up', async () => {
    await page.goto(`/orgs/${journey.orgId}/strategies/${journey.strategyId}/surveys/${journey.surveyId}`);
    await expect(summaryValue(page, 'Responses')).toHaveText('30 responses');
    await checks.check(page);
    await page.getByRole('link', { name: 'Results', exact: true }).click();
    await expect(heading(page)).toContainText(TEMPLATE_TITLE);
    await expect(summaryValue(page, 'Respondents')).toHaveText('30');
    const training = resultCard(page, QUESTIONS.training);
    const counts = await answerCounts(training);
    expect(counts).toEqual({ Yes: '10', Partly: '10', No: '10', 'No answer': '0' });
    expect(sum(counts)).toBe(30);
    await expect(resultCard(page, IDEA_AFTER).getByText('25 answers.')).toBeVisible();
    await checks.check(page);
  });

  await test.step('a large group: its figures add up to its size, and its comments are shown', async () => {
    await applyFilters(page, { staffGroup: NURSING });
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing ${NURSING}.`);
    await expect(summaryValue(page, 'In this selection')).toHaveText('10');
    const counts = await answerCounts(resultCard(page, QUESTIONS.training));
    expect(counts).toEqual({ Yes: '10', Partly: '0', No: '0', 'No answer': '0' });
    expect(sum(counts)).toBe(10);
    const ideas = resultCard(page, IDEA_AFTER);
    await ideas.scrollIntoViewIfNeeded();
    await expect(ideas.getByText('10 answers.')).toBeVisible();
    await expect(ideas.locator('blockquote')).toHaveCount(10);
    await expect(ideas.getByText('One log-in for every ward system (nurse 1)')).toBeVisible();
    await expect(ideas.getByText(/clerk|doctor/)).toHaveCount(0);
    await checks.check(page);
  });

  await test.step('a small group is too small to show, and none of its comments appear', async () => {
    await applyFilters(page, { staffGroup: MEDICAL });
    await expect(page.getByText('This group is too small to show.')).toBeVisible();
    await expect(summaryValue(page, 'In this selection')).toHaveCount(0);
    await expect(page.locator('section.chorus-result')).toHaveCount(0);
    await expect(page.getByText(/Results on my phone/)).toHaveCount(0);
    await checks.check(page);
  });

  await test.step('compared by staff group, the small groups show "Hidden" where their numbers would be', async () => {
    await applyFilters(page, { compareBy: 'Staff group' });
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing all respondents, compared by staff group.');
    const card = resultCard(page, QUESTIONS.training);
    await card.scrollIntoViewIfNeeded();
    const table = card.getByRole('table', { name: `Answers by staff group: ${QUESTIONS.training}` });
    await expect(table.locator('tbody tr')).toHaveCount(4);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim())),
    );
    // Staff groups nobody is in are left out; the order is the organisation's.
    expect(rows.map((r) => r[0])).toEqual([ADMIN, AHP, MEDICAL, NURSING]);
    const byGroup = Object.fromEntries(rows.map((r) => [r[0], r.slice(1)]));
    expect(byGroup[NURSING]!.slice(0, 2)).toEqual(['10', '10 (100%)']);
    expect(byGroup[ADMIN]![0]).toBe('10');
    for (const small of [MEDICAL, AHP]) {
      expect(byGroup[small]![0], `${small} respondents`).toBe('Hidden to protect anonymity');
      // "No" is what all of them said: it too is hidden, never a number.
      expect(byGroup[small]![3], `${small} answering No`).toMatch(/^Hidden to protect anonymity\D*$/);
    }
    await checks.check(page);
  });

  await test.step('coverage: the cells match the responses sent, the small cells are hidden, and who was never heard from', async () => {
    await page.getByRole('link', { name: 'Coverage: who has responded, against headcount' }).click();
    await expect(heading(page)).toContainText('Who has responded');
    const table = page.getByRole('table', { name: 'Responses against headcount, by division and staff group' });
    await expect(table).toBeVisible();
    const columns = await table.locator('thead th').allInnerTexts();
    const cell = (division: string, group: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: division, exact: true }) }).locator('th, td').nth(columns.indexOf(group));
    expect(columns).toEqual(expect.arrayContaining([NURSING, ADMIN, MEDICAL, AHP, 'All staff groups']));

    const shown = async (division: string, group: string, figures: string, status: string) => {
      await expect(cell(division, group).locator('.chorus-coverage__figures')).toContainText(figures);
      await expect(cell(division, group).locator('.chorus-coverage__status')).toHaveText(status);
    };
    await shown('Medicine', NURSING, '10 of 40', 'Below target');
    await shown('Surgery', ADMIN, '10 of 25', 'On target');
    await shown('Surgery', NURSING, '0 of 30', 'Never heard from');
    for (const [group, headcount] of [[MEDICAL, 20], [AHP, 15]] as const) {
      await expect(cell('Medicine', group)).toHaveText(new RegExp(`^\\s*Hidden to protect anonymity\\s*at most \\d+\\s*of ${headcount}\\s*$`));
    }
    await expect(cell('Medicine', 'All staff groups')).toContainText('20 of 75');
    await expect(cell('Surgery', 'All staff groups')).toContainText('10 of 55');
    await expect(cell('All divisions', 'All staff groups')).toContainText('30 of 130');
    await expect(cell('All divisions', MEDICAL)).toContainText('Hidden');

    const neverHeard = page.getByRole('region', { name: 'Never heard from' });
    await expect(neverHeard.getByRole('listitem')).toHaveText([`Surgery: ${NURSING} (headcount 30)`]);
    const below = page.getByRole('region', { name: 'Below target' });
    await expect(below.getByRole('listitem')).toHaveText([`Medicine: ${NURSING} (25% responded)`]);
    await checks.check(page);
  });
});
