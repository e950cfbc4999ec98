import { expect, type Page } from '@playwright/test';
import type { PageChecks } from './page-checks.js';
import { expectNoSidewaysScroll } from './phone.js';

/**
 * A member of staff answering the "Digital experience of staff" template through its open
 * link: the real server-rendered pages, one section a page, in a real browser.
 */

export interface StaffAnswers {
  staffGroup: string;
  division: string;
  site: string;
  training: 'Yes' | 'Partly' | 'No';
  /** 0 to 10. */
  overall: number;
  /** The one short-text question (renamed in the builder); nothing leaves it blank. */
  idea?: string;
}

export interface SurveyLink {
  url: string;
  accessCode: string;
  surveyTitle: string;
  /** The short-text question's title after the strategy team renamed it. */
  ideaQuestion: string;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const group = (page: Page, question: string | RegExp) => page.getByRole('group', { name: question });
const choose = (page: Page, question: string | RegExp, label: string) =>
  group(page, question).getByRole('radio', { name: label, exact: true }).check();
const press = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

/** Titles as the template words them. */
export const QUESTIONS = {
  staffGroup: 'Which staff group do you belong to?',
  division: 'Which division do you work in?',
  site: 'Where do you mainly work? (optional)',
  tools: 'Which of these do you use in a typical week? (optional)',
  device: 'How do you usually get to a computer or device when you need one for work? (optional)',
  support: 'How much do you agree with each statement? (optional)',
  training: 'Have you had the training you need to use the digital tools in your role?',
  trainingWanted: 'What training would help you? (optional)',
  overall: 'Overall, how well do digital tools support you to do your job?',
  helps: 'What digital tools or ways of working help you most? (optional)',
  getsInWay: 'What gets in the way of your work when it comes to digital tools? (optional)',
  priorities: 'Put these improvements in order of importance to you (optional)',
} as const;

const SECTIONS = ['About your work', 'Digital tools you use', 'How well tools support your work', 'Your views and ideas'];
const STATEMENTS = [
  'I can log in quickly',
  'Systems are available when I need them',
  'I do not have to enter the same information twice',
  'I can find the information I need when I need it',
  'The Wi-Fi works wherever I need it',
  'I know how to get help when something goes wrong',
];
const LEVELS = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const IMPROVEMENTS = [
  'Faster log-in, with fewer passwords',
  'Systems and Wi-Fi that work reliably',
  'More computers and mobile devices',
  'Systems that share information, so I enter it once',
  'Better training and support',
  'Less paper and fewer manual processes',
];

async function expectSection(page: Page, number: number) {
  await expect(heading(page)).toHaveText(SECTIONS[number - 1]!);
  await expect(page.getByText(`Section ${number} of 4`, { exact: true })).toBeVisible();
}

async function enterCode(page: Page, link: SurveyLink) {
  await expect(heading(page)).toHaveText('Enter the access code');
  await page.getByLabel('Enter the access code').fill(link.accessCode);
  await press(page, 'Continue');
}

/**
 * Every page, every question, with checks on each page: axe (through `checks`), and on a
 * phone nothing scrolling sideways. Options add the two error pages a person can meet.
 */
export async function answerEverything(
  page: Page,
  checks: PageChecks,
  link: SurveyLink,
  answers: StaffAnswers,
  options: { phone?: boolean; emptyRequiredFirst?: boolean; wrongCodeFirst?: boolean; seed: number },
): Promise<void> {
  const checkPage = async () => {
    await checks.check(page);
    if (options.phone) await expectNoSidewaysScroll(page);
  };

  await page.goto(link.url);
  await expect(heading(page)).toHaveText(link.surveyTitle);
  await expect(page.getByText('This survey is anonymous.')).toBeVisible();
  await checkPage();
  await press(page, 'Start now');

  await expect(heading(page)).toHaveText('Enter the access code');
  await checkPage();
  if (options.wrongCodeFirst) {
    await page.getByLabel('Enter the access code').fill('not-the-code');
    await press(page, 'Continue');
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary).toContainText('There is a problem');
    await expect(summary.getByRole('link', { name: /The access code is not right/ })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await checkPage();
  }
  await enterCode(page, link);

  await expectSection(page, 1);
  await checkPage();
  if (options.emptyRequiredFirst) {
    await press(page, 'Continue');
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary).toContainText('There is a problem');
    await expect(summary.getByRole('link')).toHaveText([`${QUESTIONS.staffGroup} Select an answer`, `${QUESTIONS.division} Select an answer`]);
    await expect(group(page, QUESTIONS.staffGroup).locator('.nhsuk-error-message')).toBeVisible();
    await expect(page).toHaveTitle(/^Error: About your work/);
    await checkPage();
    // The summary's link takes the person to the question to answer.
    await summary.getByRole('link').first().click();
    await expect(group(page, QUESTIONS.staffGroup).getByRole('radio').first()).toBeFocused();
  }
  await choose(page, QUESTIONS.staffGroup, answers.staffGroup);
  await choose(page, QUESTIONS.division, answers.division);
  await choose(page, QUESTIONS.site, answers.site);
  await press(page, 'Continue');

  await expectSection(page, 2);
  await checkPage();
  const tools = group(page, QUESTIONS.tools);
  await tools.getByRole('checkbox', { name: 'Electronic patient record (EPR)' }).check();
  await tools.getByRole('checkbox', { name: 'Microsoft Teams, Outlook or other Microsoft 365 apps' }).check();
  if (options.seed % 2) await tools.getByRole('checkbox', { name: 'E-rostering' }).check();
  await choose(page, QUESTIONS.device, options.seed % 2 ? 'I share a computer with colleagues' : 'I have my own computer or laptop');
  await press(page, 'Continue');

  await expectSection(page, 3);
  await checkPage();
  for (const [i, statement] of STATEMENTS.entries()) {
    await group(page, statement).getByRole('radio', { name: LEVELS[(i + options.seed) % LEVELS.length]!, exact: true }).check();
  }
  // The follow-up asks "unless the answer is Yes", so it is on the page until Yes is chosen:
  // the pages work without script, and the server drops its answer if it no longer applies.
  await choose(page, QUESTIONS.training, answers.training);
  if (answers.training !== 'Yes') await page.getByLabel(QUESTIONS.trainingWanted).fill('Short sessions on the ward, at the start of a shift.');
  await choose(page, QUESTIONS.overall, String(answers.overall));
  await press(page, 'Continue');

  await expectSection(page, 4);
  await checkPage();
  await page.getByLabel(QUESTIONS.helps).fill('Teams calls save walking between sites.');
  await page.getByLabel(QUESTIONS.getsInWay).fill('Logging in again and again on shared computers.');
  const ranking = group(page, QUESTIONS.priorities);
  for (const [i, improvement] of IMPROVEMENTS.entries()) {
    await ranking.getByLabel(improvement, { exact: true }).selectOption(String(((i + options.seed) % IMPROVEMENTS.length) + 1));
  }
  if (answers.idea) await page.getByLabel(`${link.ideaQuestion} (optional)`).fill(answers.idea);
  await press(page, 'Continue');

  await expect(heading(page)).toHaveText('Check your answers before sending them');
  const row = (question: string) => page.locator('.nhsuk-summary-list__row').filter({ has: page.getByText(question, { exact: true }) });
  await expect(row(QUESTIONS.staffGroup)).toContainText(answers.staffGroup);
  await expect(row(QUESTIONS.division)).toContainText(answers.division);
  await expect(row(QUESTIONS.training)).toContainText(answers.training);
  await expect(row(QUESTIONS.overall)).toContainText(`${answers.overall} out of 10`);
  if (answers.idea) await expect(row(link.ideaQuestion)).toContainText(answers.idea);
  await checkPage();
  await press(page, 'Submit your answers');

  await expect(heading(page)).toHaveText('Thank you, your answers have been sent');
  await checkPage();
}

/**
 * The same pages with as few actions as a hurried person would take: the required questions,
 * the ones the results are checked on, and nothing else. No axe here: every kind of page was
 * checked by the full journeys (PageChecks fails the test if one was not).
 */
export async function answerQuickly(page: Page, link: SurveyLink, answers: StaffAnswers): Promise<void> {
  await page.goto(link.url);
  await press(page, 'Start now');
  await enterCode(page, link);
  await expectSection(page, 1);
  await choose(page, QUESTIONS.staffGroup, answers.staffGroup);
  await choose(page, QUESTIONS.division, answers.division);
  await choose(page, QUESTIONS.site, answers.site);
  await press(page, 'Continue');
  await expectSection(page, 2);
  await press(page, 'Continue');
  await expectSection(page, 3);
  await choose(page, QUESTIONS.training, answers.training);
  await choose(page, QUESTIONS.overall, String(answers.overall));
  await press(page, 'Continue');
  await expectSection(page, 4);
  if (answers.idea) await page.getByLabel(`${link.ideaQuestion} (optional)`).fill(answers.idea);
  await press(page, 'Continue');
  await expect(heading(page)).toHaveText('Check your answers before sending them');
  await press(page, 'Submit your answers');
  await expect(heading(page)).toHaveText('Thank you, your answers have been sent');
}
