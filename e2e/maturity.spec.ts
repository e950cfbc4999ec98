import { signInAsDemo } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { signUpByApi } from './support/api.js';
import { activate, tabTo, typeInto } from './support/keyboard.js';
import { newAdmin } from './support/people.js';
import { expectNoSidewaysScroll, PHONE } from './support/phone.js';

/**
 * Digital maturity: a new organisation scores itself against What Good Looks Like, is told
 * exactly which measures still need work, completes the assessment and sees the radar; and the
 * demo trust compares its baseline with its refresh.
 */

const MEASURES = ['Well led', 'Ensure smart foundations', 'Safe practice', 'Support workforce', 'Empower people', 'Improve care', 'Healthy populations'];
const SCORES = [3, 2, 4, 2, 1, 3, 2];

test('an admin completes an assessment with the mouse and sees the radar chart', async ({ page, checks }) => {
  const admin = newAdmin();
  await signUpByApi(page, admin);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategies');
  await checks.check(page);

  await test.step('start an assessment against What Good Looks Like', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Digital maturity' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital maturity');
    await expect(page.getByText('No assessments yet.')).toBeVisible();
    await checks.check(page);
    await page.getByRole('link', { name: 'Start an assessment' }).click();
    await expect(page.getByLabel('What Good Looks Like (NHS England)')).toBeChecked();
    await checks.check(page);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expect(page.locator('.nhsuk-error-summary')).toContainText('Enter a title for the assessment');
    await checks.check(page);
    await page.getByLabel('Title').fill('Baseline 2026');
    await page.getByLabel('Assessors (optional)').fill('Medical Director\nChief Nurse');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit the assessment');
    await expect(page.getByText('Summary written by Chorus, not the official text').first()).toBeVisible();
    await expect(page.getByText('A level counts only when all of its elements are met', { exact: false })).toBeVisible();
    await checks.check(page);
  });

  await test.step('score one measure, and be told exactly which are missing', async () => {
    await page.getByRole('group', { name: 'Score for Well led' }).getByLabel('3', { exact: true }).check();
    await page.getByLabel('Rationale for Well led').fill('The board owns a **digital plan**; funding is agreed for one year only.');
    await page.getByRole('button', { name: 'Add evidence for Well led' }).click();
    await page.getByLabel('Evidence 1 label').fill('Board paper, March');
    await page.getByLabel('Evidence 1 link (optional)').fill('not a link');
    await page.getByRole('button', { name: 'Save the assessment' }).click();
    await expect(page.locator('.nhsuk-error-summary')).toContainText('Well led: A link must be a web address starting with https://');
    await checks.check(page);
    await page.getByLabel('Evidence 1 link (optional)').fill('https://intranet.example.nhs.uk/board-paper');
    await page.getByRole('button', { name: 'Save the assessment' }).click();
    await expect(page.getByRole('alert')).toContainText('The assessment has been saved.');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Baseline 2026');
    await expect(page.getByRole('link', { name: 'Board paper, March (opens in a new tab)' })).toHaveAttribute('href', 'https://intranet.example.nhs.uk/board-paper');
    // Markdown is shown as formatting, never as HTML typed by someone.
    await expect(page.locator('strong', { hasText: 'digital plan' })).toBeVisible();
    await checks.check(page);
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.locator('.nhsuk-error-summary')).toContainText(`Still missing: ${MEASURES.slice(1).join(', ')}.`);
    await checks.check(page);
  });

  await test.step('score the rest, complete it and see the radar with its table', async () => {
    await page.getByRole('link', { name: 'Edit the scores and details of this assessment' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit the assessment');
    for (const [i, name] of MEASURES.entries()) {
      if (i === 0) continue;
      await page.getByRole('group', { name: `Score for ${name}` }).getByLabel(String(SCORES[i]), { exact: true }).check();
      await page.getByLabel(`Rationale for ${name}`).fill(`What we have for ${name}, and what is missing.`);
    }
    await page.getByRole('button', { name: 'Save the assessment' }).click();
    await expect(page.getByRole('alert')).toContainText('The assessment has been saved.');
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.getByRole('alert')).toContainText('The assessment is complete.');
    await expect(page.locator('.nhsuk-summary-list')).toContainText('Complete');
    const chart = page.getByRole('img', { name: 'Radar chart of the scores of Baseline 2026' });
    await expect(chart).toBeVisible();
    await expect(chart.locator('polygon.chorus-radar__area')).toHaveCount(1);
    const table = page.getByRole('table').filter({ hasText: 'The scores in the chart' });
    await expect(table.getByRole('row', { name: /Empower people/ })).toContainText('1');
    await checks.check(page);
  });

  await test.step('copy the read-only built-in framework into one of our own', async () => {
    await page.getByRole('link', { name: 'Back to digital maturity' }).click();
    await page.getByRole('link', { name: 'Frameworks and their measures' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maturity frameworks');
    await expect(page.getByRole('link', { name: /^Edit/ })).toHaveCount(0);
    await checks.check(page);
    await page.getByRole('button', { name: 'Make a copy of What Good Looks Like (NHS England)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit the framework');
    await expect(page.getByRole('alert')).toContainText('has been made');
    await checks.check(page);
    await page.getByLabel('Name', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save the framework' }).click();
    await expect(page.locator('.nhsuk-error-summary')).toContainText('Enter a name for the framework');
    await checks.check(page);
    await page.getByLabel('Name', { exact: true }).fill('Our cancer centre version');
    await page.getByRole('button', { name: 'Remove measure 7' }).click();
    await page.getByRole('button', { name: 'Save the framework' }).click();
    await expect(page.getByRole('alert')).toContainText('“Our cancer centre version” has been saved.');
    const ours = page.locator('section.nhsuk-card').filter({ has: page.getByRole('heading', { name: 'Our cancer centre version' }) });
    await expect(ours.locator('.nhsuk-summary-list__row')).toHaveCount(6);
    await checks.check(page);
  });
});

test('the demo trust compares its baseline with its refresh', async ({ page, checks }) => {
  await signInAsDemo(page, checks);
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Digital maturity' }).click();
  await expect(page.getByRole('link', { name: 'Baseline before the new strategy' })).toBeVisible();
  await checks.check(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Compare assessments');
  const chart = page.getByRole('img', { name: /Radar chart comparing Baseline before the new strategy/ });
  await expect(chart.locator('polygon.chorus-radar__area')).toHaveCount(2);
  await expect(page.getByText('Dashed line, square markers: Baseline before the new strategy', { exact: false })).toBeVisible();
  const changes = page.getByRole('table', { name: 'Change per measure' });
  await expect(changes.getByRole('row', { name: /Well led/ })).toContainText('+1');
  await expect(changes.getByRole('row', { name: /Safe practice/ })).toContainText('unchanged');
  await checks.check(page);
  // On a small phone the chart shrinks and the tables reflow: nothing scrolls sideways.
  await page.setViewportSize(PHONE.viewport);
  await expectNoSidewaysScroll(page);
  await page.getByRole('link', { name: 'Back to digital maturity' }).click();
  await page.getByRole('link', { name: 'Refresh for the 2026 strategy' }).click();
  await expect(page.getByRole('img', { name: 'Radar chart of the scores of Refresh for the 2026 strategy' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await checks.check(page);
  await page.getByRole('link', { name: 'Edit the scores and details of this assessment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit the assessment');
  await expectNoSidewaysScroll(page);
  await checks.check(page);
  await page.getByRole('link', { name: 'Back to the assessment' }).click();
  await page.getByRole('link', { name: 'Back to digital maturity' }).click();
  await page.getByRole('link', { name: 'Frameworks and their measures' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maturity frameworks');
  await expectNoSidewaysScroll(page);
  await checks.check(page);
});

test('an assessment can be completed with the keyboard alone', async ({ page, checks }) => {
  const admin = newAdmin();
  const orgId = await signUpByApi(page, admin);
  await page.goto(`/orgs/${orgId}/maturity`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital maturity');
  await checks.check(page);

  await activate(page, page.getByRole('link', { name: 'Start an assessment' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start an assessment');
  await checks.check(page);
  await typeInto(page, page.getByLabel('Title'), 'Keyboard baseline');
  await activate(page, page.getByRole('button', { name: 'Start the assessment' }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Edit the assessment');
  await checks.check(page);

  for (const [i, name] of MEASURES.entries()) {
    const group = page.getByRole('group', { name: `Score for ${name}` });
    // Tab enters the radio group on the chosen option ("Not yet scored", the last); the arrow
    // keys wrap round to 1 and move on from there.
    await tabTo(page, group.getByLabel('Not yet scored'));
    for (let n = 0; n < SCORES[i]!; n++) await page.keyboard.press('ArrowDown');
    await expect(group.getByLabel(String(SCORES[i]), { exact: true })).toBeChecked();
    await typeInto(page, page.getByLabel(`Rationale for ${name}`), `Agreed by the board for ${name}.`);
  }
  await activate(page, page.getByRole('button', { name: 'Save the assessment' }));
  await expect(page.getByRole('alert')).toContainText('The assessment has been saved.');
  await checks.check(page);
  await activate(page, page.getByRole('button', { name: 'Mark as complete' }));
  await expect(page.getByRole('alert')).toContainText('The assessment is complete.');
  await expect(page.getByRole('img', { name: 'Radar chart of the scores of Keyboard baseline' })).toBeVisible();
  await checks.check(page);
});
