import { signInAsDemo } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { activate, tabTo } from './support/keyboard.js';
import { PHONE } from './support/phone.js';
import type { Locator, Page } from '@playwright/test';

/**
 * Pages that fit: on the demo trust, the wide tables (register, headcount grid, coverage grid)
 * scroll inside their own labelled, focusable region while the page itself never scrolls
 * sideways, on a 1280-pixel screen and on a 360-pixel phone; and the phone menu and a sticky
 * note's Actions list work from the keyboard alone.
 */

type Checks = { check(page: Page): Promise<void> };

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    return root.scrollWidth > root.clientWidth;
  });
}

/** The region holds its table, can take focus, and scrolls itself when the table is wider than it. */
async function expectFits(page: Page, region: Locator) {
  await expect(region).toBeVisible();
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(region.locator('table')).toBeVisible();
  expect(await pageScrollsSideways(page), `${page.url()} scrolls sideways`).toBe(false);
  const { scrollWidth, clientWidth } = await region.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
  // The hint shows exactly when the table is wider than its region.
  await expect(region.locator('xpath=..').getByText('Scroll sideways to see more columns')).toHaveCount(scrollWidth > clientWidth ? 1 : 0);
  return scrollWidth > clientWidth;
}

/** The coverage page of the demo's staff survey, found from the strategy page (checked on the way). */
async function coveragePath(page: Page, orgPath: string, checks: Checks): Promise<string> {
  await page.goto(`${orgPath}/strategies`);
  await page.getByRole('link', { name: /Digital Strategy/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Where the strategy is' })).toBeVisible();
  await checks.check(page);
  await page.getByRole('link', { name: 'Surveys', exact: true }).click();
  const results = page.getByRole('link', { name: /^Results.*Digital experience of staff 2026/ });
  await expect(results).toBeVisible();
  await checks.check(page);
  return (await results.getAttribute('href'))!.replace(/\/results$/, '/coverage');
}

async function visitWideTables(page: Page, orgPath: string, checks: Checks) {
  const overflowing: string[] = [];
  await page.goto(`${orgPath}/estate`);
  await expect(page.getByText(/Showing 1 to \d+ of \d+ systems/)).toBeVisible();
  if (await expectFits(page, page.getByRole('region', { name: 'Systems' }))) overflowing.push('register');
  await checks.check(page);

  await page.goto(`${orgPath}/workforce`);
  if (await expectFits(page, page.getByRole('region', { name: 'Headcount by division and staff group' }))) overflowing.push('workforce');
  await checks.check(page);

  await page.goto(await coveragePath(page, orgPath, checks));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Who has responded');
  if (await expectFits(page, page.getByRole('region', { name: /Responses against headcount/ }))) overflowing.push('coverage');
  await checks.check(page);
  return overflowing;
}

test('wide tables fit a 1280-pixel screen inside their own scrolling region', async ({ page, checks }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const orgPath = await signInAsDemo(page, checks);
  // The demo's 13 staff groups do not fit even a wide screen: the coverage grid must scroll itself.
  expect(await visitWideTables(page, orgPath, checks)).toContain('coverage');
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('wide tables scroll inside their region; the menu and a sticky note work from the keyboard', async ({ page, checks }) => {
    const orgPath = await signInAsDemo(page, checks);
    expect(await visitWideTables(page, orgPath, checks)).toEqual(['register', 'workforce', 'coverage']);

    await test.step('keyboard only: reach the register, scroll it with the arrow keys, its first column stays', async () => {
      await page.goto(`${orgPath}/estate`);
      const region = page.getByRole('region', { name: 'Systems' });
      await tabTo(page, region, { max: 120 });
      const firstCell = region.locator('tbody tr').first().locator('td').first();
      const before = await firstCell.boundingBox();
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
      // Sticky: the system's name has not moved while the other columns scrolled past it.
      expect((await firstCell.boundingBox())?.x).toBe(before?.x);
      expect(await pageScrollsSideways(page)).toBe(false);
    });

    await test.step('keyboard only: the Menu button opens and closes the section links', async () => {
      const menu = page.getByRole('button', { name: 'Menu' });
      const estate = page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Estate' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(estate).toBeHidden();
      await tabTo(page, menu, { backwards: true, max: 200 });
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(estate).toBeVisible();
      await expect(page.getByLabel('Switch organisation').or(page.getByRole('link', { name: /Create (another|an) organisation/ })).first()).toBeVisible();
      await checks.check(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Escape');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(menu).toBeFocused();
      await expect(estate).toBeHidden();
      await page.keyboard.press('Space');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await activate(page, page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Workforce' }));
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Workforce');
      // A new page starts with the menu closed again.
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
    });

    await test.step('keyboard only: a sticky note has one Actions button with a list of actions', async () => {
      await page.goto(`${orgPath}/strategies`);
      await page.getByRole('link', { name: /Digital Strategy/ }).first().click();
      await page.getByRole('link', { name: 'Workshops', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Workshops');
      await checks.check(page);
      await page.getByRole('link', { name: /Medical secretaries and admin/ }).click();
      const firstNote = page.locator('.chorus-sticky').first();
      await expect(firstNote).toBeVisible();
      await expect(firstNote.getByRole('button')).toHaveCount(1);
      const actions = firstNote.getByRole('button', { name: /^Actions for the note/ });
      await tabTo(page, actions, { max: 200 });
      await page.keyboard.press('Enter');
      await expect(actions).toHaveAttribute('aria-expanded', 'true');
      await expect(firstNote.getByRole('button', { name: 'Move down' })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(firstNote.getByRole('button', { name: /^Move right to/ })).toBeFocused();
      await checks.check(page);
      expect(await pageScrollsSideways(page)).toBe(false);
      await page.keyboard.press('Escape');
      await expect(actions).toHaveAttribute('aria-expanded', 'false');
      await expect(actions).toBeFocused();
      await expect(firstNote.getByRole('button', { name: 'Move down' })).toBeHidden();

      // One real action: move the note down, then back up, by keyboard.
      const text = (await firstNote.locator('.chorus-sticky__text').textContent()) ?? '';
      await page.keyboard.press('Space');
      await expect(firstNote.getByRole('button', { name: 'Move down' })).toBeFocused();
      await page.keyboard.press('Enter');
      const moved = page.locator('.chorus-sticky').filter({ hasText: text }).first();
      await expect(page.locator('.chorus-sticky').nth(1)).toContainText(text);
      await expect(moved).toBeFocused();
      await activate(page, moved.getByRole('button', { name: /^Actions for the note/ }));
      await activate(page, moved.getByRole('button', { name: 'Move up' }));
      await expect(page.locator('.chorus-sticky').first()).toContainText(text);
    });
  });
});
