import { expect, test } from './support/fixtures.js';
import { signInAsDemo } from './support/demo.js';
import { expectNoSidewaysScroll } from './support/phone.js';

/**
 * Define, the evidence library: the demo admin opens it from the strategy page, searches, narrows
 * to one kind of evidence, opens an item with where it came from, and the list fits a phone.
 */

test('the strategy team searches and filters the evidence and opens an item', async ({ page, checks }) => {
  const orgPath = await signInAsDemo(page, checks);
  const orgId = orgPath.split('/').at(-1)!;
  const strategies = await (await page.request.get(`/api/v1/orgs/${orgId}/strategies`)).json();
  const strategyId: string = strategies.strategies[0].id;

  await page.goto(`${orgPath}/strategies/${strategyId}`);
  await expect(page.getByRole('link', { name: 'Evidence library' })).toBeVisible();
  await checks.check(page);
  await page.getByRole('link', { name: 'Evidence library' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Evidence library');
  const cards = page.locator('.chorus-evidence-card');
  await expect(cards.first()).toBeVisible();
  await checks.check(page);

  // Search for a word the first item holds: every result carries it marked.
  const firstText = (await cards.first().locator('.chorus-evidence-text').innerText()).toLowerCase();
  const word = firstText.match(/[a-z]{6,}/)![0];
  await page.getByLabel('Search what people said').fill(word);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  await expect(cards.first().locator('mark').first()).toBeVisible();
  await checks.check(page);

  // Narrow to survey answers through the filter panel.
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel(/^Survey answer \(/).check();
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/source=survey_answer/);
  await expect(cards.first().getByText('Survey answer', { exact: true })).toBeVisible();
  await checks.check(page);

  await cards.first().getByRole('link', { name: /^Open/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Where it came from' })).toBeVisible();
  await expect(page.getByText('Question', { exact: true })).toBeVisible();
  await checks.check(page);

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goBack();
  await expect(cards.first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await checks.check(page);
});
