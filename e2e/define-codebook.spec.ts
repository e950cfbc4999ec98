import { signInAsDemo } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { activate, typeInto } from './support/keyboard.js';
import { uniqueId } from './support/people.js';

/**
 * Define, the codebook: the demo admin adds a tag with the keyboard alone, tags every answer a
 * search finds, merges a second tag into it, then deletes it and undoes the delete; on the tag's
 * own page a colour too pale for the white page is refused and a readable one saved.
 */
test('a tag is created, applied in bulk, merged, deleted and restored', async ({ page, checks }) => {
  const orgPath = await signInAsDemo(page, checks);
  const orgId = orgPath.split('/')[2]!;
  const strategies = await (await page.request.get(`/api/v1/orgs/${orgId}/strategies`)).json();
  const strategyId: string = strategies.strategies[0].id;
  const id = uniqueId();

  await page.goto(`/orgs/${orgId}/strategies/${strategyId}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Define' })).toBeVisible();
  await checks.check(page);
  await page.getByRole('link', { name: 'Codebook' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Codebook');
  await checks.check(page);
  await typeInto(page, page.getByLabel('Name of a new tag'), `Rota ${id}`);
  await activate(page, page.getByRole('button', { name: 'Add tag' }));
  await expect(page.getByRole('alert').filter({ hasText: `Tag “Rota ${id}” added.` })).toBeVisible();
  await checks.check(page);

  const list = await (await page.request.get(`/api/v1/strategies/${strategyId}/tags`)).json();
  const rota = list.tags.find((t: { name: string }) => t.name === `Rota ${id}`);
  const csrf: string = (await (await page.request.get('/api/v1/me')).json()).csrfToken;
  const applied = await page.request.post(`/api/v1/tags/${rota.id}/apply`, { data: { filter: { q: 'rota' } }, headers: { 'x-csrf-token': csrf } });
  expect(applied.ok()).toBe(true);
  const { matched } = await applied.json();
  expect(matched).toBeGreaterThan(0);

  await page.getByLabel('Name of a new tag').fill(`Shifts ${id}`);
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `Tag “Shifts ${id}” added.` })).toBeVisible();
  await page.getByLabel(`Merge “Shifts ${id}” into`).selectOption({ label: `Rota ${id}` });
  await page.getByRole('button', { name: `Merge Shifts ${id}` }).click();
  await expect(page.getByRole('alert').filter({ hasText: `“Shifts ${id}” merged into “Rota ${id}”` })).toBeVisible();
  await expect(page.getByText(`Used on ${matched} items.`, { exact: false }).first()).toBeVisible();
  await checks.check(page);

  await page.getByRole('button', { name: `Delete Rota ${id}` }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await checks.check(page);
  await page.getByRole('button', { name: 'Delete tag' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `Tag “Rota ${id}” deleted.` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `Rota ${id}` })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `Tag “Rota ${id}” restored.` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `Rota ${id}` })).toBeVisible();
  await checks.check(page);

  // The tag's own page: its counts, and a colour too pale to see on the white page is refused with a darker shade offered.
  await page.getByRole('link', { name: `Rota ${id}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Rota ${id}`);
  await expect(page.getByRole('table', { name: 'Items by kind of evidence' })).toBeVisible();
  await page.getByLabel('Colour', { exact: true }).fill('#ffb81c');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('too pale to see on the white page');
  await checks.check(page);
  await page.getByLabel('Colour', { exact: true }).fill('#7c2855');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `Tag “Rota ${id}” saved.` })).toBeVisible();
});
