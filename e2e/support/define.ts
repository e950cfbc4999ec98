import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.js';
import { activate, expectVisibleFocus, typeInto } from './keyboard.js';
import type { PageChecks } from './page-checks.js';
import { DEMO_ADMIN, type Person } from './people.js';

export const DEMO_LEADER: Person = { name: 'Senior leader', email: 'leader@northbridge.example', password: DEMO_ADMIN.password };

/** Signs in through the form with the keyboard alone; returns the organisation's and strategy's ids. */
export async function signInByKeyboard(page: Page, checks: PageChecks, person: Person = DEMO_ADMIN) {
  await page.goto('/sign-in');
  await checks.check(page);
  await typeInto(page, page.getByLabel('Email address'), person.email);
  await typeInto(page, page.getByLabel('Password', { exact: true }), person.password);
  await activate(page, page.getByRole('button', { name: 'Sign in' }));
  await expect(page).not.toHaveURL(/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sign in to Chorus');
  await checks.check(page);
  const me = await (await page.request.get('/api/v1/me')).json();
  const orgId: string = me.memberships?.[0]?.organisationId ?? /\/orgs\/([0-9a-f-]+)/.exec(page.url())![1]!;
  const strategyId: string = (await (await page.request.get(`/api/v1/orgs/${orgId}/strategies`)).json()).strategies[0].id;
  return { orgId, strategyId, orgPath: `/orgs/${orgId}` };
}

/** Opens a board card's Actions list with Enter and walks it with the arrow keys to `item`, then presses Enter. */
export async function chooseCardAction(page: Page, actions: Locator, item: string, options: { backwards?: boolean } = {}) {
  await activate(page, actions, options);
  const target = page.getByRole('button', { name: item, exact: true });
  for (let i = 0; i < 20 && !(await target.evaluate((e) => e === document.activeElement).catch(() => false)); i++) await page.keyboard.press('ArrowDown');
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
}

/**
 * Moves an unsorted card into the cluster `name` with its Actions menu and checks the move was
 * announced and focus followed the card. The first move starts just after the new-cluster form;
 * later ones go back (Shift+Tab) from the moved card to the last unsorted card.
 */
export async function moveCardByKeyboard(page: Page, name: string, moved: number) {
  const unsorted = page.getByRole('list', { name: 'Cards in Unsorted' });
  const cluster = page.getByRole('list', { name: `Cards in ${name}` });
  const card = moved === 1 ? unsorted.locator('> li').first() : unsorted.locator('> li').last();
  const text = (await card.locator('.chorus-board-card__text').textContent()) ?? '';
  await chooseCardAction(page, card.getByRole('button', { name: /^Actions/ }), `Move to “${name}”`, { backwards: moved > 1 });
  await expect(page.getByRole('status').filter({ hasText: `to ${name}, position ${moved} of ${moved}.` })).toHaveCount(1);
  await expect(cluster.locator('> li')).toHaveCount(moved);
  await expect(cluster.locator('> li').last()).toContainText(text.slice(0, 30));
  await expect(cluster.locator('> li').last()).toBeFocused();
}

/** In the excerpt's notes box: past the first line, then `characters` selected with Shift+arrows; returns the passage. */
export async function selectPassageByKeyboard(page: Page, notes: Locator, characters: number): Promise<string> {
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (let i = 0; i < characters; i += 1) await page.keyboard.press('Shift+ArrowRight');
  return notes.evaluate((box: HTMLTextAreaElement) => box.value.slice(box.selectionStart, box.selectionEnd).trim());
}
