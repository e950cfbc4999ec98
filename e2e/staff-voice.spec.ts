import type { Locator, Page } from '@playwright/test';
import { signInAsDemo } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { activate, tabTo } from './support/keyboard.js';
import { applyFilters, resultCard } from './support/results.js';
import { expectNoSidewaysScroll, PHONE } from './support/phone.js';

/**
 * Staff voice on systems, end to end in the demo trust: the strategy team adds a systems
 * question to a new survey (choosing systems with the picker) and publishes it; a member of
 * staff answers it on a phone, by keyboard only, meeting the error for a rating given without
 * "I use this"; then the demo's own answers show on a system's page ("What staff say", small
 * staff groups hidden) and as the disagreement tag in the register.
 */
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const QUESTION = 'Which of these systems do you use, and how well do they support your work?';
const DEMO_SURVEY = 'Digital experience of staff 2026';
const DEMO_SYSTEMS_QUESTION = 'Which of these systems do you use, and how well does each support your work?';

/** Ticks a checkbox or radio with the keyboard: Tab to it, then Space. */
async function tickWithKeyboard(page: Page, control: Locator) {
  await tabTo(page, control);
  await page.keyboard.press('Space');
  await expect(control).toBeChecked();
}

const LEVELS = ['1 Very poorly', '2 Poorly', '3 Adequately', '4 Well', '5 Very well'];

/**
 * Rates with the keyboard as radios are used: Tab reaches the group (its first radio, or the
 * one chosen), and the arrow keys move the choice.
 */
async function rateWithKeyboard(page: Page, system: Locator, level: number) {
  const radios = system.getByRole('radio');
  const checked = await radios.evaluateAll((inputs) => inputs.findIndex((input) => (input as HTMLInputElement).checked));
  await tabTo(page, radios.nth(Math.max(checked, 0)));
  const from = Math.max(checked, 0);
  if (checked < 0 && level === 1) await page.keyboard.press('Space');
  for (let i = from; i < level - 1; i += 1) await page.keyboard.press('ArrowRight');
  for (let i = from; i > level - 1; i -= 1) await page.keyboard.press('ArrowLeft');
  if (checked < 0 && from === level - 1 && level !== 1) await page.keyboard.press('Space');
  await expect(system.getByRole('radio', { name: LEVELS[level - 1]! })).toBeChecked();
}

test('the strategy team asks staff about systems, and what staff say reaches the system page and the register', async ({ page, checks, openBrowser }) => {
  test.setTimeout(180_000);

  await test.step('sign in to the demo trust', async () => {
    await signInAsDemo(page, checks);
  });

  await test.step('start a blank survey in the demo strategy', async () => {
    await page.getByRole('link', { name: /Digital Strategy 2026/ }).first().click();
    await expect(heading(page)).toContainText('Digital Strategy 2026');
    await checks.check(page);
    await page.getByRole('link', { name: 'Surveys', exact: true }).click();
    await expect(heading(page)).toContainText('Surveys');
    await checks.check(page);
    await page.getByRole('button', { name: 'Blank survey' }).click();
    await expect(page.getByRole('button', { name: 'Add question' }).first()).toBeVisible();
    await checks.check(page);
  });

  await test.step('add a systems question, choosing systems with the picker', async () => {
    await page.getByLabel('Add a question to section 1').selectOption('systems');
    await page.getByRole('button', { name: 'Add question' }).first().click();
    await expect(page.getByRole('alert')).toContainText('question added');
    await checks.check(page);
    await page.getByRole('link', { name: 'Edit question 1' }).click();
    await expect(heading(page)).toContainText('Edit question 1');
    await checks.check(page);
    await page.getByLabel('Question', { exact: true }).fill(QUESTION);
    const picker = page.getByRole('group', { name: 'Systems to ask about' });
    // The picker starts with the most-used systems chosen; keep two, so the survey stays short.
    await expect(picker).toContainText(/\d+ chosen/);
    const keep = /^(Nurse e-rostering|Microsoft 365) \(/;
    const chosen = await picker.locator('input[type=checkbox]:checked').evaluateAll((inputs) =>
      inputs.map((input) => ({ id: input.id, name: ((input as HTMLInputElement).labels?.[0]?.textContent ?? '').trim() })),
    );
    for (const { id, name } of chosen) if (!keep.test(name)) await picker.locator(`[id="${id}"]`).uncheck();
    await picker.getByRole('checkbox', { name: /^Nurse e-rostering \(/ }).check();
    await picker.getByRole('checkbox', { name: /^Microsoft 365 \(/ }).check();
    await expect(picker).toContainText('2 chosen');
    await checks.check(page);
    await page.getByRole('button', { name: 'Save question' }).click();
    await expect(page.getByRole('alert')).toContainText('Question 1 saved.');
    await checks.check(page);
  });

  const openLink = await test.step('publish and turn the open link on', async () => {
    await page.getByRole('button', { name: 'Publish survey' }).click();
    await expect(page.getByText('The survey is published.')).toBeVisible();
    await checks.check(page);
    await page.getByRole('link', { name: /^Share/ }).click();
    await expect(heading(page)).toContainText('Share the survey');
    await checks.check(page);
    await page.getByRole('button', { name: 'Turn the open link on' }).click();
    const link = page.getByRole('textbox', { name: 'Open link', exact: true });
    await expect(link).toHaveValue(/^http:\/\/localhost:3199\/s\/\S+$/);
    await checks.check(page);
    return link.inputValue();
  });

  await test.step('a member of staff answers on a phone, by keyboard only', async () => {
    const phone = await openBrowser(PHONE);
    const pageCheck = async () => {
      await checks.check(phone);
      await expectNoSidewaysScroll(phone);
    };
    await phone.goto(openLink);
    await pageCheck();
    await activate(phone, phone.getByRole('button', { name: 'Start now', exact: true }));
    const question = phone.getByRole('group', { name: QUESTION });
    await expect(question).toBeVisible();
    await pageCheck();

    // A rating for a system without "I use this": the page says what to do.
    const roster = phone.getByRole('group', { name: 'Nurse e-rostering', exact: true });
    await rateWithKeyboard(phone, roster, 2);
    await activate(phone, phone.getByRole('button', { name: 'Continue', exact: true }));
    const summary = phone.locator('.nhsuk-error-summary');
    await expect(summary).toContainText('There is a problem');
    await expect(summary).toContainText('You rated Nurse e-rostering but did not tick “I use this”');
    await expect(phone).toHaveTitle(/^Error: /);
    await pageCheck();

    const rosterAgain = phone.getByRole('group', { name: 'Nurse e-rostering', exact: true });
    await tickWithKeyboard(phone, rosterAgain.getByRole('checkbox', { name: 'I use this' }));
    // As the message says: the rating given without the tick is cleared, to be given again.
    await expect(rosterAgain.getByRole('radio', { checked: true })).toHaveCount(0);
    await rateWithKeyboard(phone, rosterAgain, 2);
    const office = phone.getByRole('group', { name: 'Microsoft 365', exact: true });
    await tickWithKeyboard(phone, office.getByRole('checkbox', { name: 'I use this' }));
    await rateWithKeyboard(phone, office, 5);
    await activate(phone, phone.getByRole('button', { name: 'Continue', exact: true }));
    await expect(heading(phone)).toContainText('Check your answers');
    await expect(phone.getByText('Nurse e-rostering: 2')).toBeVisible();
    await pageCheck();
    await activate(phone, phone.getByRole('button', { name: 'Submit your answers', exact: true }));
    await expect(heading(phone)).toBeVisible();
    await expect(phone.getByText(/thank you/i).first()).toBeVisible();
    await pageCheck();
  });

  await test.step('the register tags the system staff and architects disagree about', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Estate' }).click();
    await expect(page.getByText(/Showing 1 to \d+ of \d+ systems/)).toBeVisible();
    const row = page.getByRole('row', { name: /Nurse e-rostering/ });
    await expect(row).toContainText('Staff and architects disagree');
    await checks.check(page);
    await row.getByRole('link', { name: /Nurse e-rostering/ }).first().click();
    await expect(heading(page)).toContainText('Nurse e-rostering');
  });

  await test.step('the system page says what staff say, with small staff groups hidden', async () => {
    const voice = page.getByRole('region', { name: 'What staff say' });
    await expect(voice).toBeVisible();
    await expect(voice).toContainText('Staff rate it lower than the architects');
    await expect(voice).toContainText(/groups of fewer than \d+ people are hidden/);
    const table = voice.getByRole('table').first();
    await expect(table).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: 'Hidden' }).first()).toBeVisible();
    await checks.check(page);
  });

  await test.step('the demo survey’s results compare each system by staff group, on a phone too', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Strategies' }).click();
    await page.getByRole('link', { name: /Digital Strategy 2026/ }).first().click();
    await page.getByRole('link', { name: 'Surveys', exact: true }).click();
    await page.getByRole('link', { name: DEMO_SURVEY }).first().click();
    await expect(heading(page)).toContainText(DEMO_SURVEY);
    await checks.check(page);
    await page.getByRole('link', { name: 'Results', exact: true }).click();
    await expect(heading(page)).toContainText(DEMO_SURVEY);
    await checks.check(page);
    await applyFilters(page, { compareBy: 'Staff group' });
    const card = resultCard(page, DEMO_SYSTEMS_QUESTION);
    await card.scrollIntoViewIfNeeded();
    const summary = card.getByRole('region', { name: /^Supports work well \(4–5\), percent of those who answered, by staff group/ });
    await expect(summary).toBeVisible();
    const roster = summary.getByRole('row', { name: /^Nurse e-rostering/ });
    await expect(roster).toContainText('%');
    // A staff group too small to show: its size and every share in its column are hidden.
    await expect(summary.getByRole('columnheader').filter({ hasText: 'Hidden' }).first()).toBeVisible();
    await card.getByText('Show the figures as a table').click();
    await expect(card.getByRole('region', { name: 'Nurse e-rostering: answers by staff group' })).toBeVisible();
    await checks.check(page);
    await page.setViewportSize(PHONE.viewport);
    await expectNoSidewaysScroll(page);
    await tabTo(page, summary);
    await checks.check(page);
  });
});
