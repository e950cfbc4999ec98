import { expect, type Locator, type Page } from '@playwright/test';

/** Reading the survey results pages as a person would: summary figures, tables behind "Show the figures", filters. */

/** The value beside a key in an NHS.UK summary list. */
export const summaryValue = (page: Page, key: string) => page.locator('.nhsuk-summary-list__row').filter({ has: page.getByText(key, { exact: true }) }).locator('dd').first();
/** One question's results on the results page. */
export const resultCard = (page: Page, title: string) =>
  page.locator('section.chorus-result').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });

/** A question's answers as its table shows them: answer → count, exactly as written on the page. */
export async function answerCounts(card: Locator): Promise<Record<string, string>> {
  await card.scrollIntoViewIfNeeded();
  const details = card.locator('details.chorus-results-details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  const rows = details.getByRole('table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const pairs = await rows.evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent?.trim() ?? '', tr.querySelector('td')?.textContent?.trim() ?? '']));
  return Object.fromEntries(pairs);
}

export const sum = (counts: Record<string, string>) => Object.values(counts).reduce((total, n) => total + Number(n), 0);

/** The results filter form: choose, then Apply (nothing changes before). */
export async function applyFilters(page: Page, choices: { staffGroup?: string; compareBy?: string }) {
  await page.getByLabel('Staff group', { exact: true }).selectOption({ label: choices.staffGroup ?? 'All staff groups' });
  await page.getByLabel('Compare by', { exact: true }).selectOption({ label: choices.compareBy ?? 'No comparison' });
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
}
