import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { setUpWorkforceByApi, signUpByApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { newAdmin } from './support/people.js';
import { PHONE } from './support/phone.js';
import { answerCounts, applyFilters, resultCard, sum, summaryValue } from './support/results.js';
import { answerEverything, answerQuickly, QUESTIONS, type StaffAnswers, type SurveyLink } from './support/respondent.js';

/**
 * Issue 3's acceptance journey. The strategy team builds the staff survey from the template and
 * publishes it; 30 staff answer through the real survey pages (on phones, on desktops, one with
 * JavaScript off); the results and coverage show the right numbers with small groups hidden;
 * last year's SurveyMonkey export is imported and its answers appear in results.
 *
 * Who answers is chosen so that the anonymity rules have something to do. With a minimum group
 * size of 10: Nursing in Medicine (10) and Admin in Surgery (10) can be shown; Medical (5) and
 * AHPs (5), both in Medicine, cannot; Nursing in Surgery has a headcount and nobody answers.
 * Each group gives one answer to the training question, so every figure checked is either 0 or
 * a group of at least 10, and two hidden groups of 5 hide each other (nothing else need be).
 */

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'surveymonkey-it-support.csv');

const NURSING = 'Nursing and Midwifery Registered';
const ADMIN = 'Administrative and Clerical';
const MEDICAL = 'Medical and Dental';
const AHP = 'Allied Health Professionals';
const SITE = 'Riverside General Hospital';
const TEMPLATE_TITLE = 'Digital experience of staff';
const IDEA_BEFORE = 'If you could change one thing about digital at work, what would it be?';
const IDEA_AFTER = 'What one change to digital tools would help you most at work?';

const HEADCOUNTS: [string, string, number][] = [
  ['Medicine', NURSING, 40],
  ['Medicine', MEDICAL, 20],
  ['Medicine', AHP, 15],
  ['Surgery', ADMIN, 25],
  ['Surgery', NURSING, 30],
];

const nurse = (n: number): StaffAnswers => ({ staffGroup: NURSING, division: 'Medicine', site: SITE, training: 'Yes', overall: 7, idea: `One log-in for every ward system (nurse ${n})` });
const clerk = (n: number): StaffAnswers => ({ staffGroup: ADMIN, division: 'Surgery', site: SITE, training: 'Partly', overall: 5, idea: `A faster way to book rooms (clerk ${n})` });
const doctor = (n: number): StaffAnswers => ({ staffGroup: MEDICAL, division: 'Medicine', site: SITE, training: 'No', overall: 4, idea: `Results on my phone (doctor ${n})` });
const therapist = (): StaffAnswers => ({ staffGroup: AHP, division: 'Medicine', site: SITE, training: 'No', overall: 6 });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
test('the strategy team builds a survey, 30 staff answer it, results hide small groups, and a SurveyMonkey export is imported', async ({
  page,
  checks,
  openBrowser,
}) => {
  test.setTimeout(240_000);
  const admin = newAdmin();
  const orgId = await signUpByApi(page, admin);
  await setUpWorkforceByApi(page, orgId, { divisions: ['Medicine', 'Surgery'], sites: [SITE], headcounts: HEADCOUNTS });

  await test.step('the workforce shows the divisions and headcounts the survey will ask about', async () => {
    await page.goto(`/orgs/${orgId}/workforce`);
    await expect(heading(page)).toContainText('Workforce');
    await expect(page.getByRole('heading', { name: 'Headcounts' })).toBeVisible();
    await expect(page.getByText('Surgery').first()).toBeVisible();
    await checks.check(page);
  });

  await test.step('create a strategy', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Strategies' }).click();
    await expect(heading(page)).toContainText('Strategies');
    await checks.check(page);
    await page.getByLabel('Name', { exact: true }).fill('Digital Strategy for Riverside');
    await page.getByRole('button', { name: 'Create strategy' }).click();
    await expect(heading(page)).toContainText('Digital Strategy for Riverside');
    await checks.check(page);
  });
  const strategyUrl = page.url();

  await test.step('start a survey from the Digital experience template', async () => {
    await page.getByRole('link', { name: 'Surveys', exact: true }).click();
    await expect(heading(page)).toContainText('Surveys');
    await expect(page.getByText('There are no surveys for this strategy yet.')).toBeVisible();
    await checks.check(page);
    await page.getByRole('button', { name: 'Start from the Digital experience template' }).click();
    await expect(heading(page)).toContainText(TEMPLATE_TITLE);
    await expect(page.getByRole('alert')).toContainText('Survey created from the template');
    await expect(page.getByRole('heading', { name: /^Question \d+: / })).toHaveCount(13);
    await checks.check(page);
  });
  const builderUrl = page.url();

  await test.step('rename a question on its edit page', async () => {
    await page.getByRole('link', { name: 'Edit question 13' }).click();
    await expect(heading(page)).toContainText('Edit question 13');
    const wording = page.getByLabel('Question', { exact: true });
    await expect(wording).toHaveValue(IDEA_BEFORE);
    await checks.check(page);
    await wording.fill(IDEA_AFTER);
    await page.getByRole('button', { name: 'Save question' }).click();
    await expect(page.getByRole('alert')).toContainText('Question 13 saved.');
    await expect(page.getByRole('heading', { name: `Question 13: ${IDEA_AFTER}` })).toBeVisible();
    await checks.check(page);
  });

  await test.step('preview it as a respondent, then publish', async () => {
    await page.getByRole('link', { name: 'Preview as a respondent' }).click();
    await expect(heading(page)).toBeVisible();
    await expect(page.getByText(IDEA_AFTER).first()).toBeVisible();
    await checks.check(page);
    await page.goBack();
    await expect(heading(page)).toContainText(TEMPLATE_TITLE);
    await page.getByRole('button', { name: 'Publish survey' }).click();
    await expect(page.getByText('The survey is published.')).toBeVisible();
    await expect(page.getByText('The survey is taking responses.')).toBeVisible();
    await checks.check(page);
  });

  const link = await test.step('turn the open link on, with an access code', async () => {
    await page.getByRole('link', { name: /^Share/ }).click();
    await expect(heading(page)).toContainText('Share the survey');
    await expect(page.getByText('The open link is off.')).toBeVisible();
    await checks.check(page);
    await page.getByRole('button', { name: 'Turn the open link on' }).click();
    const openLink = page.getByRole('textbox', { name: 'Open link', exact: true });
    await expect(openLink).toHaveValue(/^http:\/\/localhost:3199\/s\/\S+$/);
    await page.getByRole('textbox', { name: 'Access code', exact: true }).fill('Riverside26');
    await page.getByRole('button', { name: 'Set access code' }).click();
    await expect(page.getByText('People using the open link must type the access code first.')).toBeVisible();
    await checks.check(page);
    return { url: await openLink.inputValue(), accessCode: 'riverside26', surveyTitle: TEMPLATE_TITLE, ideaQuestion: IDEA_AFTER } satisfies SurveyLink;
  });

  // Two people at a time: staff answer side by side, and the journey stays within a few minutes on two cores.
  await test.step('six staff answer every question: two on phones, three on desktops, one with JavaScript off', async () => {
    await Promise.all([
      openBrowser(PHONE).then((phone) => answerEverything(phone, checks, link, nurse(1), { phone: true, seed: 1 })),
      openBrowser(PHONE).then((phone) => answerEverything(phone, checks, link, doctor(1), { phone: true, seed: 2 })),
    ]);
    await Promise.all([
      openBrowser().then((desktop) => answerEverything(desktop, checks, link, clerk(1), { seed: 3 })),
      openBrowser().then((desktop) => answerEverything(desktop, checks, link, therapist(), { seed: 4 })),
    ]);
    await Promise.all([
      openBrowser().then((desktop) => answerEverything(desktop, checks, link, nurse(2), { emptyRequiredFirst: true, seed: 5 })),
      openBrowser({ javaScriptEnabled: false }).then((noScript) => answerEverything(noScript, checks, link, clerk(2), { wrongCodeFirst: true, seed: 6 })),
    ]);
  });

  await test.step('twenty-four more answer quickly through the same pages', async () => {
    const staff = [
      ...Array.from({ length: 8 }, (_, i) => nurse(i + 3)),
      ...Array.from({ length: 8 }, (_, i) => clerk(i + 3)),
      ...Array.from({ length: 4 }, (_, i) => doctor(i + 2)),
      ...Array.from({ length: 4 }, () => therapist()),
    ];
    const lanes = 2;
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        const browser = await openBrowser();
        for (const answers of staff.filter((_, i) => i % lanes === lane)) await answerQuickly(browser, link, answers);
      }),
    );
  });

  await test.step('results: 30 respondents, and the training question adds up', async () => {
    await page.goto(builderUrl);
    await expect(summaryValue(page, 'Responses')).toHaveText('30 responses');
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
      await expect(cell('Medicine', group)).toHaveText(new RegExp(`^\\s*Hidden to protect anonymity\\s*of ${headcount}\\s*$`));
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

  await test.step('import last year\'s SurveyMonkey export: the preview names the tool and drops identifying columns', async () => {
    await page.goto(strategyUrl);
    await page.getByRole('link', { name: 'Import survey results from another tool' }).click();
    await expect(heading(page)).toContainText('Import survey results');
    await checks.check(page);
    await page.getByLabel('Upload a CSV or Excel file').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(summaryValue(page, 'Exported from')).toHaveText('SurveyMonkey (2 header rows)');
    await expect(summaryValue(page, 'Responses')).toHaveText('20');
    await expect(summaryValue(page, 'Into')).toHaveText('A new survey');
    const identifying = page.getByRole('group', { name: 'Columns that could identify people' });
    for (const column of ['IP Address', 'Email Address']) {
      await expect(identifying.getByRole('checkbox', { name: new RegExp(`^Keep "${column}"`) })).not.toBeChecked();
    }
    const questions = page.getByRole('table', { name: 'Questions found in the file' });
    await expect(questions).toContainText('How satisfied are you with IT support overall?');
    await expect(questions.getByRole('row', { name: /IP Address|Email Address/ })).toHaveCount(0);
    await checks.check(page);
    await page.getByRole('button', { name: 'Import 20 responses' }).click();
    await expect(heading(page)).toContainText('Survey results imported');
    await expect(page.getByText('20 responses were imported.')).toBeVisible();
    await checks.check(page);
  });

  await test.step('the imported answers appear in results', async () => {
    await page.getByRole('link', { name: 'See the results' }).click();
    await expect(heading(page)).toContainText('surveymonkey-it-support');
    await expect(summaryValue(page, 'Respondents')).toHaveText('20');
    const counts = await answerCounts(resultCard(page, 'How satisfied are you with IT support overall?'));
    expect(counts).toMatchObject({ Satisfied: '10', Dissatisfied: '10' });
    expect(sum(counts)).toBe(20);
    // The rank columns became one ranking question: what each respondent put first.
    const firsts = await answerCounts(resultCard(page, 'Put these in order: what should we fix first?'));
    expect(firsts).toMatchObject({ 'Log-in': '10', 'Wi-Fi': '10' });
    // The identifying columns were dropped: no question, no answer from them.
    await expect(page.getByRole('heading', { name: /IP Address|Email Address/ })).toHaveCount(0);
    await expect(page.getByText(/staff\d+@riverside\.example/)).toHaveCount(0);
    await checks.check(page);
  });
});
