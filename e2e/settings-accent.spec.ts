import { signInAsDemo } from './support/demo.js';
import { expect, test } from './support/fixtures.js';

/**
 * Organisation settings, the accent colour of the published strategy: a pale colour is refused
 * with its contrast ratio before anything is saved, a dark one is saved, and the page passes axe
 * with the sample showing either way. The demo's own colour is put back at the end.
 */
test('an admin is told why a pale accent colour cannot be read, and saves a dark one', async ({ page, checks }) => {
  const orgPath = await signInAsDemo(page, checks);
  await page.goto(`${orgPath}/settings`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Organisation settings');
  const field = page.getByLabel('Accent colour');
  const original = await field.inputValue();

  await field.fill('#41B6E6');
  await expect(page.getByText('Contrast with white: 2.31:1, too low: choose a darker shade.')).toBeVisible();
  await page.getByRole('button', { name: 'Save settings' }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /The accent colour #41b6e6 has a contrast of 2\.31:1 with white/ })).toBeVisible();
  await checks.check(page);
  expect((await (await page.request.get(`/api/v1${orgPath}`)).json()).accentColour).toBe(original);
  await summary.getByRole('link', { name: /The accent colour/ }).click();
  await expect(field).toBeFocused();

  await field.fill('330072');
  await expect(page.getByText(/^Contrast with white: \d+\.\d\d:1, which meets WCAG AA\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('The settings have been saved.')).toBeVisible();
  expect((await (await page.request.get(`/api/v1${orgPath}`)).json()).accentColour).toBe('#330072');
  await checks.check(page);

  await field.fill(original);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('The settings have been saved.')).toBeVisible();
});
