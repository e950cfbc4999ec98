import { selectPassageByKeyboard } from './support/define.js';
import { expect, test } from './support/fixtures.js';
import { DEMO_ADMIN } from './support/people.js';

/**
 * Define, excerpts and personal information: the demo admin cuts a passage of a leader interview's
 * notes with the keyboard alone, sees it listed under the notes and tags it from the codebook with
 * the mouse; then opens the review queue
 * from the strategy page and masks one detection, with undo on offer.
 */

test('an excerpt is cut with the keyboard, and a detection is masked in the review queue', async ({ page, checks }) => {
  await page.goto('/sign-in');
  await checks.check(page);
  await page.getByLabel('Email address').fill(DEMO_ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/orgs\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checks.check(page);
  const orgId = /\/orgs\/([0-9a-f-]+)/.exec(page.url())![1]!;
  const strategies = await (await page.request.get(`/api/v1/orgs/${orgId}/strategies`)).json();
  const strategyId: string = strategies.strategies[0].id;
  const interviews = await (await page.request.get(`/api/v1/strategies/${strategyId}/interviews`)).json();
  const interview = interviews.interviews.find((i: { hasNotes: boolean; consent: string }) => i.hasNotes && i.consent !== 'declined');

  await page.goto(`/orgs/${orgId}/strategies/${strategyId}/interviews/${interview.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Excerpts' })).toBeVisible();
  await checks.check(page);
  const cut = page.getByRole('button', { name: 'Cut an excerpt' });
  await cut.focus();
  await page.keyboard.press('Enter');
  const notes = page.getByLabel('Select the passage in the notes');
  await notes.focus();
  // Past the first line (a heading or a bullet), then Shift+arrows to select some words.
  const selected = await selectPassageByKeyboard(page, notes, 24);
  expect(selected.length).toBeGreaterThan(3);
  await expect(page.getByText(`Selected: ${selected}`)).toBeVisible();
  await checks.check(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save selected passage' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'has been saved' })).toBeVisible();
  await expect(page.locator('.chorus-excerpt blockquote').filter({ hasText: selected })).toBeVisible();
  await checks.check(page);
  // Tagged at once, with the mouse, from the demo's codebook.
  const picker = page.getByLabel('Tag the excerpt you saved');
  const tagName = (await picker.locator('option').nth(1).textContent())!.trim();
  await picker.selectOption({ label: tagName });
  await page.getByRole('button', { name: 'Add the tag' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Tagged: ${tagName}` })).toBeVisible();
  await page.getByRole('button', { name: 'Done tagging' }).click();
  await expect(picker).toHaveCount(0);

  await page.goto(`/orgs/${orgId}/strategies/${strategyId}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Define' })).toBeVisible();
  await checks.check(page);
  await page.getByRole('link', { name: 'Personal information to check' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal information to check');
  const first = page.getByRole('button', { name: /^Mask it/ }).first();
  await expect(first).toBeVisible();
  await checks.check(page);
  const toCheck = Number(/\((\d+)\)/.exec((await page.getByText(/^To check \(\d+\)$/).textContent()) ?? '')![1]);
  await first.focus();
  await page.keyboard.press('Enter');
  const status = page.locator('.chorus-redaction-last');
  await expect(status).toBeFocused();
  await expect(status).toContainText('Masked:');
  await expect(page.getByText(`To check (${toCheck - 1})`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Masked (1)' })).toBeVisible();
  await expect(status.getByRole('button', { name: /Undo/ })).toBeVisible();
  await checks.check(page);
});
