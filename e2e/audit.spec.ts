import { expect, test } from './support/fixtures.js';
import { createStrategyByApi, renameStrategyByApi, signUpByApi } from './support/api.js';
import { newAdmin } from './support/people.js';
import { expectNoSidewaysScroll } from './support/phone.js';

test('the audit trail pages through long histories with "Load more", and filters by date', async ({ page, checks }) => {
  const admin = newAdmin();
  const orgId = await signUpByApi(page, admin);
  const strategyId = await createStrategyByApi(page, orgId, 'Version 0');
  for (let version = 1; version <= 52; version++) await renameStrategyByApi(page, strategyId, `Version ${version}`);
  // 2 from sign-up, 1 creation, 52 renames.
  const total = 55;

  await page.goto(`/orgs/${orgId}/audit`);
  const events = page.getByRole('table', { name: 'Events, newest first' });
  await expect(events.getByRole('row').nth(1)).toContainText('Version 51');
  await expect(events.getByRole('row').nth(1)).toContainText('Version 52');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 50 events. There are more.' })).toBeVisible();
  await checks.check(page);

  await page.getByRole('button', { name: 'Load more events' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Showing ${total} events. That is all of them.` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load more events' })).toHaveCount(0);
  // The oldest events, from sign-up, are now on the page too.
  await expect(events.getByRole('row').filter({ hasText: 'Organisation created' })).toHaveCount(1);
  await checks.check(page);

  // A date range in the past holds nothing.
  await page.getByLabel('From').fill('2020-01-01');
  await page.getByLabel('To').fill('2020-12-31');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await checks.check(page);

  // A range the wrong way round is refused before asking the server.
  await page.getByLabel('From').fill('2021-01-01');
  await page.getByLabel('To').fill('2020-12-31');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.locator('#filter-to-error')).toContainText('To must be the same as or after From');
  await checks.check(page);

  // On a phone: two short lines an event, 20 a page, the filters folded, and a page a few screens long.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/orgs/${orgId}/audit`);
  const list = page.getByRole('region', { name: 'Events, newest first' }).getByRole('listitem').filter({ has: page.getByRole('group') });
  await expect(page.getByRole('status').filter({ hasText: 'Showing 20 events. There are more.' })).toBeVisible();
  await expect(list.first()).toContainText('Strategy updated');
  await expect(page.getByLabel('From')).toBeHidden();
  await list.first().getByText('1 change').click();
  await expect(list.first()).toContainText('Version 52');
  await page.getByText('Filter events').click();
  await expect(page.getByLabel('From')).toBeVisible();
  await expectNoSidewaysScroll(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, 'the audit trail is a few phone screens long').toBeLessThan(4000);
  await checks.check(page);
});
