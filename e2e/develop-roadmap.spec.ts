import type { Locator, Page } from '@playwright/test';
import { signInByKeyboard } from './support/define.js';
import { signInToDemoStrategy } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { activate, chooseWithArrows, expectVisibleFocus, tabTo, typeInto } from './support/keyboard.js';
import { DEMO_ADMIN, type Person } from './support/people.js';

/**
 * Develop, the programme roadmap and its outcome measures, in the demo trust: the strategy team
 * adds an initiative that depends on one already planned and sees it, with the dependency, in the
 * roadmap's table and on its timeline; a dependency that would close a loop is refused, naming
 * the loop; a measure with its baseline is added to a priority; and, with the keyboard alone, an
 * initiative is added with a dependency and moved along the now/next/later board. Axe on every page.
 */
const STRATEGY_TEAM: Person = { name: 'Tom Okafor', email: 'strategy@northbridge.example', password: DEMO_ADMIN.password };
// A demo initiative in "Patients and staff online": each new initiative depends on it, so its depending on one would close a loop.
const SIGN_ON = 'Single sign-on for clinical systems';
const PROGRAMME = 'Patients and staff online';

/** A month box (Chromium's): the month's digits, the right arrow to the year, and the year's. */
async function typeMonth(page: Page, field: Locator, month: string, year: string) {
  await tabTo(page, field);
  await page.keyboard.type(month);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(year);
  await expect(field).toHaveValue(`${year}-${month}`);
}

/** The row of the roadmap's table for an initiative. */
const tableRow = (page: Page, title: string) => page.getByRole('table', { name: 'Initiatives by programme' }).getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });

test('the strategy team adds an initiative with a dependency, and a loop is refused', async ({ page, checks }) => {
  const strategyPath = await signInToDemoStrategy(page, checks, STRATEGY_TEAM);
  const title = `Bedside handover ${Date.now()}`;

  await page.goto(strategyPath);
  await expect(page.getByRole('link', { name: 'Programme roadmap' })).toBeVisible();
  await checks.check(page);
  await page.getByRole('link', { name: 'Programme roadmap' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Programme roadmap/);
  const arrows = page.locator('svg path[marker-end]');
  await expect(arrows.first()).toBeAttached();
  const arrowsBefore = await arrows.count();
  await checks.check(page);

  await test.step('add the initiative, then what it depends on', async () => {
    await page.getByRole('link', { name: 'Add an initiative' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add an initiative');
    await checks.check(page);
    await page.getByLabel('Programme').selectOption({ label: PROGRAMME });
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Owner (optional)').fill('Chief Nurse');
    await page.getByLabel('Starts').fill('2027-07');
    await page.getByLabel('Ends').fill('2028-03');
    await page.getByLabel('Horizon').selectOption({ label: 'Later' });
    await page.getByRole('button', { name: 'Add the initiative' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByText(`Initiative “${title}” added.`)).toBeVisible();
    await expect(page.getByText('Nothing: it can start on its own.')).toBeVisible();
    await checks.check(page);

    const dependsOn = page.getByLabel('Add something it depends on');
    const option = dependsOn.locator('option', { hasText: SIGN_ON });
    await dependsOn.selectOption((await option.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Add the dependency' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Now depends on ${SIGN_ON}.` })).toBeAttached();
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: SIGN_ON }) })).toContainText('(July 2026 to June 2027)');
    await checks.check(page);
  });

  await test.step('the loop back is refused, naming it', async () => {
    await page.getByRole('link', { name: SIGN_ON }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(SIGN_ON);
    await expect(page.getByRole('link', { name: title })).toBeVisible(); // depended on by the new one
    await checks.check(page);
    const dependsOn = page.getByLabel('Add something it depends on');
    const option = dependsOn.locator('option', { hasText: title });
    await dependsOn.selectOption((await option.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Add the dependency' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(problem).toContainText(`This would make a loop: ${SIGN_ON} → ${title} → ${SIGN_ON}`);
    await expect(page).toHaveTitle(/^Error: /);
    await checks.check(page);
  });

  await test.step('both are on the roadmap, with the dependency', async () => {
    await page.getByRole('link', { name: 'Back to the roadmap' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Programme roadmap/);
    // Each cell starts with its column's heading (shown on a phone, hidden from screen readers).
    const row = tableRow(page, title);
    await expect(row.getByRole('cell').nth(0)).toHaveText(`Programme ${PROGRAMME}`);
    await expect(row.getByRole('cell').nth(3)).toHaveText('Start July 2027');
    await expect(row.getByRole('cell').nth(4)).toHaveText('End March 2028');
    await expect(row.getByRole('cell').nth(6)).toHaveText(`Depends on ${SIGN_ON}`);
    await expect(tableRow(page, SIGN_ON).getByRole('cell').nth(6)).toHaveText('Depends on Nothing');
    // The timeline draws a bar for each, and one more dependency arrow than before.
    const timeline = page.getByRole('img', { name: /Roadmap timeline by quarter/ });
    await expect(timeline.locator('text').filter({ hasText: title }).first()).toBeAttached();
    await expect(timeline.locator('text').filter({ hasText: SIGN_ON }).first()).toBeAttached();
    await expect(arrows).toHaveCount(arrowsBefore + 1);
    await expect(page.getByRole('region', { name: /^Later/ }).getByRole('link', { name: title })).toBeVisible();
    await checks.check(page);
  });

  await test.step('the programme has its own page, with its initiatives and a conversation', async () => {
    await page.getByRole('link', { name: PROGRAMME, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Programme – ${PROGRAMME}`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    await expect(page.getByRole('link', { name: SIGN_ON })).toBeVisible();
    const note = `Can the handover go live before the rostering work? ${title}`;
    await page.getByLabel('Add a comment').fill(note);
    await page.getByRole('button', { name: 'Add comment' }).click();
    await expect(page.getByText(note)).toBeVisible();
    await checks.check(page);
  });
});

test('the strategy team adds an outcome measure with its baseline to a priority', async ({ page, checks }) => {
  const strategyPath = await signInToDemoStrategy(page, checks, STRATEGY_TEAM);
  const name = `Minutes to hand over a ward ${Date.now()}`;

  await page.goto(strategyPath);
  await expect(page.getByRole('link', { name: 'Outcome measures' })).toBeVisible();
  await checks.check(page);
  await page.getByRole('link', { name: 'Outcome measures' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Outcome measures');
  await expect(page.locator('.chorus-measure-card').first()).toBeVisible();
  await checks.check(page);

  await page.getByRole('button', { name: 'Add a measure' }).click();
  const owner = page.getByLabel('Priority or initiative it belongs to');
  const priority = owner.locator('option', { hasText: /^Priority: / }).first();
  const priorityTitle = (await priority.textContent())!.replace(/^Priority: /, '');
  await owner.selectOption((await priority.getAttribute('value'))!);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Unit').fill('minutes');
  await page.getByRole('radio', { name: 'Lower is better' }).check();
  const baseline = page.getByRole('group', { name: 'Baseline' });
  await baseline.getByLabel('Value').fill('25');
  await baseline.getByLabel('Date').fill('2026-03-02');
  await baseline.getByLabel('Source (optional)').fill('Ward audit, March 2026');
  const target = page.getByRole('group', { name: 'Target' });
  await target.getByLabel('Value').fill('10');
  await target.getByLabel('To reach by').fill('2028-03-31');
  await checks.check(page);
  await page.getByRole('button', { name: 'Add the measure' }).click();

  await expect(page.getByText(`The measure “${name}” has been added.`)).toBeVisible();
  const group = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: priorityTitle }) });
  const card = group.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
  await expect(card.getByRole('definition').nth(0)).toHaveText('25 minutes');
  await expect(card.getByRole('definition').nth(2)).toHaveText('10 minutes by 31 March 2028');
  await expect(card).toContainText('Lower is better'.toLowerCase());
  await checks.check(page);

  await card.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  const row = (key: string) => page.locator('.nhsuk-summary-list__row').filter({ has: page.getByRole('term').filter({ hasText: key }) }).getByRole('definition');
  await expect(row('Belongs to')).toContainText(priorityTitle);
  await expect(row('Unit')).toHaveText('minutes');
  await expect(row('Baseline')).toHaveText('25 minutes on 2 March 2026 (Ward audit, March 2026)');
  await expect(row('Target')).toHaveText('10 minutes by 31 March 2028');
  await checks.check(page);
});

test('with the keyboard alone, an initiative is added with a dependency and moved on the board', async ({ page, checks }) => {
  const { orgPath, strategyId } = await signInByKeyboard(page, checks, STRATEGY_TEAM);
  const title = `Ward tablets ${Date.now()}`;
  const roadmap = `${orgPath}/strategies/${strategyId}/roadmap`;

  await page.goto(roadmap);
  await expect(page.getByRole('link', { name: 'Add an initiative' })).toBeVisible();
  await checks.check(page);

  await test.step('the form, filled in with the keyboard', async () => {
    await activate(page, page.getByRole('link', { name: 'Add an initiative' }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add an initiative');
    await checks.check(page);
    await chooseWithArrows(page, page.getByLabel('Programme'), PROGRAMME);
    await typeInto(page, page.getByLabel('Title'), title);
    await typeMonth(page, page.getByLabel('Starts'), '08', '2027');
    await typeMonth(page, page.getByLabel('Ends'), '06', '2028');
    await activate(page, page.getByRole('button', { name: 'Add the initiative' }), { max: 200 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByText(`Initiative “${title}” added.`)).toBeVisible();
  });

  await test.step('what it depends on, chosen with the arrow keys', async () => {
    const dependsOn = page.getByLabel('Add something it depends on');
    const label = (await dependsOn.locator('option', { hasText: SIGN_ON }).textContent())!;
    await chooseWithArrows(page, dependsOn, label, { max: 200 });
    await activate(page, page.getByRole('button', { name: 'Add the dependency' }));
    await expect(page.getByRole('status').filter({ hasText: `Now depends on ${SIGN_ON}.` })).toBeAttached();
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: SIGN_ON }) })).toContainText('(July 2026 to June 2027)');
    await checks.check(page);
    await activate(page, page.getByRole('link', { name: 'Back to the roadmap' }), { backwards: true, max: 200 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Programme roadmap');
  });

  await test.step('moved from Next to Later, then up, with focus following the card', async () => {
    const card = page.locator('li.chorus-horizons__card').filter({ has: page.getByRole('link', { name: title }) });
    await expect(page.getByRole('region', { name: /^Next/ }).getByRole('link', { name: title })).toBeVisible();
    await activate(page, page.getByRole('button', { name: `Move ${title} to Later` }), { max: 300 });
    await expect(page.getByRole('status').filter({ hasText: `${title} moved to Later.` })).toBeAttached();
    const later = page.getByRole('region', { name: /^Later/ });
    await expect(later.getByRole('link', { name: title })).toBeVisible();
    await expect(card).toBeFocused();
    await expectVisibleFocus(page);
    const position = await later.locator('li.chorus-horizons__card').count();
    await activate(page, page.getByRole('button', { name: `Move ${title} up` }), { max: 5 });
    await expect(page.getByRole('status').filter({ hasText: `${title} moved up, to position ${position - 1} in Later.` })).toBeAttached();
    await expect(card).toBeFocused();
    await expectVisibleFocus(page);
    await expect(later.locator('li.chorus-horizons__card').nth(position - 2)).toContainText(title);
    await expect(tableRow(page, title).getByRole('cell').nth(6)).toHaveText(`Depends on ${SIGN_ON}`);
    await expect(tableRow(page, title).getByRole('cell').nth(5)).toContainText('Later');
    await checks.check(page);
  });
});
