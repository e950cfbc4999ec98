import { signInAsDemo } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { uniqueId } from './support/people.js';
import { resultCard } from './support/results.js';

const QUESTION = 'What digital tools or ways of working help you most?';

/**
 * Define, theme suggestion: from the staff survey's results the demo admin suggests themes over
 * every answer to a free-text question, waits while the background job groups them, accepts two
 * themes as tags under names of their own, and finds both in the codebook. axe on every page.
 */
test('themes suggested from a survey question are accepted as tags', async ({ page, checks }) => {
  const orgPath = await signInAsDemo(page, checks);
  const orgId = orgPath.split('/').at(-1)!;
  const strategies = await (await page.request.get(`/api/v1/orgs/${orgId}/strategies`)).json();
  const strategyId: string = strategies.strategies[0].id;
  const surveys = await (await page.request.get(`/api/v1/strategies/${strategyId}/surveys`)).json();
  const survey = (surveys.surveys as { id: string; title: string }[]).find((s) => s.title === 'Digital experience of staff 2026')!;
  const id = uniqueId();

  await page.goto(`${orgPath}/strategies/${strategyId}/surveys/${survey.id}/results`);
  await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await checks.check(page);
  const card = resultCard(page, QUESTION);
  await card.scrollIntoViewIfNeeded();
  const suggest = card.getByRole('link', { name: /Suggest themes from every answer to this question/ });
  await suggest.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suggest themes');
  await expect(page.getByText('every answer to the survey question you chose')).toBeVisible();
  await checks.check(page);
  await page.getByRole('button', { name: 'Suggest themes' }).click();

  // The run page polls the job; the themes replace the progress bar when it is done.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Suggested themes');
  await expect(page.getByText(/grouped into \d+ themes/)).toBeVisible({ timeout: 40_000 });
  await expect(page.locator('.nhsuk-caption-l')).toContainText(QUESTION);

  const names = [`Helps first ${id}`, `Helps second ${id}`];
  for (const name of names) {
    // The first theme still open (an accepted one has no name box any more).
    const open = page.locator('li.chorus-theme-card').filter({ has: page.getByLabel('Name of the theme') }).first();
    await open.getByLabel('Name of the theme').fill(name);
    await open.getByRole('button', { name: new RegExp(`^Accept as a tag\\W+${name}$`) }).click();
    await expect(page.getByText(`“${name}” is now a tag on`)).toBeVisible();
  }
  await expect(page.locator('li.chorus-theme-card').filter({ hasText: 'Accepted as a tag' })).toHaveCount(2);
  // axe once on the run page (it is long), with the themes, their quotes and the accepted state.
  await checks.check(page);

  await page.goto(`${orgPath}/strategies/${strategyId}/codebook`);
  for (const name of names) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await checks.check(page);
});
