import type { Page } from '@playwright/test';
import { signInByKeyboard } from './support/define.js';
import { expect, test } from './support/fixtures.js';
import { activate, chooseWithArrows, tabTo, typeInto } from './support/keyboard.js';
import type { PageChecks } from './support/page-checks.js';
import { uniqueId } from './support/people.js';
import { DEMO_TEAM, expectRanked, expectVoicesAsCounted, rankedRow } from './support/priorities.js';

/**
 * Develop, priority themes, in the demo trust (five themes scored against the usual criteria:
 * benefit to patients 40, to staff 30, strategic fit 20, readiness 10; cost 50, risk 50).
 * The strategy team adds a theme on two insights, checks the voices behind it against the
 * evidence, scores it and sees the ranking move with a weight; then, with the keyboard alone,
 * adds and scores another and moves it by hand with a reason. Axe on every page.
 */

const VALUE = ['Benefit to patients', 'Benefit to staff', 'Strategic fit', 'Readiness'];
const EFFORT = ['Cost', 'Risk'];
const WIFI = 'The Wi-Fi fails where care happens: the day unit, clinic rooms and the satellite site';
const LOG_INS = 'Clinicians log in to too many systems, and it eats into time with patients';
const NOT_INVOLVED = 'Staff were not involved before the last systems went live';

async function signIn(page: Page, checks: PageChecks) {
  await page.goto('/sign-in');
  await checks.check(page);
  await page.getByLabel('Email address').fill(DEMO_TEAM.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_TEAM.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sign in to Chorus');
  await checks.check(page);
  const me = await (await page.request.get('/api/v1/me')).json();
  const orgId: string = me.memberships[0].organisationId;
  const strategyId: string = (await (await page.request.get(`/api/v1/orgs/${orgId}/strategies`)).json()).strategies[0].id;
  return { orgPath: `/orgs/${orgId}`, strategyId };
}

test('the strategy team adds a theme on two insights, checks its voices, scores it and reweighs the ranking', async ({ page, checks }) => {
  const { orgPath, strategyId } = await signIn(page, checks);
  const title = `Sign in once, on a network that holds ${uniqueId()}`;

  await test.step('add the theme, linked to two insights', async () => {
    await page.goto(`${orgPath}/strategies/${strategyId}`);
    await checks.check(page);
    await page.getByRole('link', { name: 'Priority themes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Priority themes/);
    await expect(page.getByRole('table', { name: 'Ranked by the scores' })).toBeVisible();
    await checks.check(page);
    await page.getByRole('link', { name: 'Add a priority theme' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a priority theme');
    await checks.check(page);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Summary (optional)').fill('One log-in a shift, and Wi-Fi in every clinical area.');
    await page.getByLabel('Executive sponsor (optional)').fill('Chief Digital Information Officer');
    await page.getByLabel('Find insights by their words').fill('wi-fi');
    await expect(page.getByText(/^0 insights chosen; showing [1-9]\d* insights?\.$/)).toBeVisible();
    await page.getByRole('checkbox', { name: WIFI }).check();
    await page.getByLabel('Find insights by their words').fill('log in');
    await page.getByRole('checkbox', { name: LOG_INS }).check();
    // A chosen insight stays in view whatever the filter.
    await expect(page.getByText('2 insights chosen; showing 2 insights.')).toBeVisible();
    await page.getByRole('button', { name: 'Add the priority theme' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByRole('alert').filter({ hasText: 'The priority theme has been added.' })).toBeVisible();
    for (const statement of [WIFI, LOG_INS]) await expect(page.getByRole('link', { name: statement })).toBeVisible();
  });

  await test.step('the voices behind it are the evidence of both insights, counted once, small groups hidden', async () => {
    const priorityId = page.url().split('/').at(-1)!;
    const voices = await expectVoicesAsCounted(page, priorityId);
    // The demo's answers fall into named and hidden groups alike, so both are shown here.
    expect(voices.divisions.named.length).toBeGreaterThan(0);
    expect(voices.divisions.other + voices.staffGroups.other).toBeGreaterThan(0);
    await checks.check(page);
  });

  await test.step('score it: unscored it comes last, scored it ranks third', async () => {
    await page.getByRole('link', { name: 'Back to priority themes' }).click();
    await expect(rankedRow(page, title)).toContainText('Not fully scored');
    // High value for staff, none for patients, and cheap: 3.4 − 1/2 = 2.90.
    const scores: Record<string, string> = { 'Benefit to patients': '1', 'Benefit to staff': '5', 'Strategic fit': '5', Readiness: '5', Cost: '1', Risk: '1' };
    for (const [criterion, score] of Object.entries(scores)) await page.getByLabel(`${title}: ${criterion}`, { exact: true }).selectOption(score);
    // The ranking moves before anything is saved.
    await expectRanked(page, title, 3, '2.90');
    await page.getByRole('button', { name: 'Save scores' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The scores have been saved.' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save scores' })).toBeDisabled();
    await expect(rankedRow(page, title)).not.toContainText('Not fully scored');
    await expectRanked(page, title, 3, '2.90');
    await expectRanked(page, 'Digital skills and support for every member of staff', 1, '3.25');
    await expectRanked(page, 'Give clinicians time back', 2, '3.25');
    await checks.check(page);
  });

  await test.step('less weight on benefit to patients puts it first', async () => {
    await page.getByLabel('Weight of Benefit to patients').fill('10');
    await expect(page.getByRole('slider', { name: /^Benefit to patients/ })).toHaveValue('10');
    // Value (10 + 150 + 100 + 50) / 70 = 4.43, less half the effort: 3.93.
    await expectRanked(page, title, 1, '3.93');
    await expect(page.getByRole('table', { name: 'Ranked by the scores' }).locator('tbody tr').first()).toContainText(title);
    await expectRanked(page, 'Digital skills and support for every member of staff', 2, '3.68');
    await expect(page.getByRole('img', { name: /Value against effort/ })).toHaveAccessibleName(new RegExp(`1\\. ${title}: value 4\\.4, effort 1\\.0`));
    await expect(page.getByRole('button', { name: 'Save weights' })).toBeEnabled();
    await checks.check(page);
    // Back as it was: the demo's weights stay for the other journeys.
    await page.getByLabel('Weight of Benefit to patients').fill('40');
    await expectRanked(page, title, 3, '2.90');
    await expect(page.getByRole('button', { name: 'Save weights' })).toBeDisabled();
  });
});

test('the strategy team adds, scores and moves a theme with a reason, with the keyboard alone', async ({ page, checks }) => {
  const { orgPath, strategyId } = await signInByKeyboard(page, checks, DEMO_TEAM);
  const title = `Involve staff before go-live ${uniqueId()}`;
  const reason = 'Staff testers are needed before the EPR upgrade next spring.';
  const order = page.getByRole('region', { name: 'The agreed order' }).locator('ol > li');
  let place = 0;

  await test.step('add the theme on one insight', async () => {
    // The mouse journey comes here from the strategy's page; this one starts on the list.
    await page.goto(`${orgPath}/strategies/${strategyId}/priorities`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Priority themes/);
    await expect(page.getByRole('table', { name: 'Ranked by the scores' })).toBeVisible();
    await checks.check(page);
    await activate(page, page.getByRole('link', { name: 'Add a priority theme' }), { max: 60 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a priority theme');
    await checks.check(page);
    await typeInto(page, page.getByLabel('Title'), title);
    await typeInto(page, page.getByLabel('Find insights by their words'), 'not involved');
    await expect(page.getByText(/^0 insights chosen; showing [1-9]\d* insights?\.$/)).toBeVisible();
    await tabTo(page, page.getByRole('checkbox', { name: NOT_INVOLVED }));
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: NOT_INVOLVED })).toBeChecked();
    await activate(page, page.getByRole('button', { name: 'Add the priority theme' }), { max: 120 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByRole('alert').filter({ hasText: 'The priority theme has been added.' })).toBeFocused();
    await expect(page.getByRole('link', { name: NOT_INVOLVED })).toBeVisible();
    await checks.check(page);
  });

  await test.step('score it low: it ranks last', async () => {
    await activate(page, page.getByRole('link', { name: 'Back to priority themes' }), { backwards: true });
    await expect(rankedRow(page, title)).toContainText('Not fully scored');
    // Its row is the grid's last: Shift+Tab from the top wraps round to the end of the page,
    // whence its scores are the nearest, right to left.
    for (const criterion of [...EFFORT].reverse()) await chooseWithArrows(page, page.getByLabel(`${title}: ${criterion}`, { exact: true }), '5', { backwards: true, max: 60 });
    for (const criterion of [...VALUE].reverse()) await chooseWithArrows(page, page.getByLabel(`${title}: ${criterion}`, { exact: true }), '1', { backwards: true });
    await activate(page, page.getByRole('button', { name: 'Save scores' }));
    await expect(page.getByRole('alert').filter({ hasText: 'The scores have been saved.' })).toBeFocused();
    const ranked = page.getByRole('table', { name: 'Ranked by the scores' }).locator('tbody tr');
    await expect(ranked.last()).toContainText(title);
    await expectRanked(page, title, await ranked.count(), '-1.50');
    await checks.check(page);
  });

  await test.step('move it up by hand: the order leaves the scores, so a reason is asked for and shown', async () => {
    const count = await order.count();
    await expect(order.last()).toContainText(title);
    await activate(page, page.getByRole('button', { name: `Move up ${title}` }), { max: 250 });
    const dialog = page.getByRole('dialog', { name: `Move “${title}” to number ${count - 1}?` });
    await expect(dialog).toBeVisible();
    // It opens on the safe choice.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await checks.check(page);
    await activate(page, dialog.getByRole('button', { name: 'Move it' }), { backwards: true });
    await expect(dialog.getByText('Give a reason for the new order')).toBeVisible();
    await typeInto(page, dialog.getByLabel('Reason'), reason, { backwards: true });
    await activate(page, dialog.getByRole('button', { name: 'Move it' }));
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: `“${title}” is now number ${count - 1}.` })).toBeFocused();
    await expect(order.nth(count - 2)).toContainText(title);
    await expect(order.nth(count - 2)).toContainText(`Why it is here: ${reason}`);
    place = count - 1;
    await checks.check(page);
  });

  await test.step('the theme says why it is in its place', async () => {
    await activate(page, order.nth(place - 1).getByRole('link', { name: title, exact: true }), { max: 250 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Priority ${place}\\b`));
    await expect(page.getByText(reason)).toBeVisible();
    await checks.check(page);
  });
});
