import { signInAsDemo } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { uniqueId } from './support/people.js';
import { expectNoSidewaysScroll } from './support/phone.js';

/**
 * Define, insights: the demo admin turns an evidence-library search into a new insight, sees its
 * strength, walks down to a piece of its evidence and back up, and a senior leader reads it
 * without any control to change it. Axe on every page.
 */
test('an insight is made from the evidence, walked down and up, and read by a leader', async ({ page, checks, openSecondBrowser }) => {
  const orgPath = await signInAsDemo(page, checks);
  const orgId = orgPath.split('/').at(-1)!;
  const strategies = await (await page.request.get(`/api/v1/orgs/${orgId}/strategies`)).json();
  const strategyId: string = strategies.strategies[0].id;
  const statement = `Staff lose time to slow logins ${uniqueId()}`;

  await page.goto(`${orgPath}/strategies/${strategyId}`);
  await expect(page.getByRole('link', { name: 'Insights', exact: true })).toBeVisible();
  await checks.check(page);
  await page.getByRole('link', { name: 'Insights', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Insights');
  await expect(page.getByRole('link', { name: 'Write an insight' })).toBeVisible();
  await checks.check(page);

  // The library: search, then add everything the search finds to a new insight.
  await page.goto(`${orgPath}/strategies/${strategyId}/evidence`);
  const cards = page.locator('.chorus-evidence-card');
  await expect(cards.first()).toBeVisible();
  await checks.check(page);
  const word = (await cards.first().locator('.chorus-evidence-text').innerText()).toLowerCase().match(/[a-z]{6,}/)![0];
  await page.getByLabel('Search what people said').fill(word);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  // Marked words appear only once the search's own results are in (the old list stays meanwhile).
  await expect(cards.first().locator('mark').first()).toBeVisible();
  const found = Number((await page.getByRole('heading', { level: 2, name: /items? match/ }).innerText()).match(/^[\d,]+/)![0].replace(/,/g, ''));
  await page.getByLabel('Add every item in this list to an insight').selectOption({ label: 'A new insight' });
  await page.getByRole('button', { name: /^Add all/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write an insight');
  await expect(page.getByText(`will stand on the ${found === 1 ? '1 piece' : `${found} pieces`} of evidence`)).toBeVisible();
  await checks.check(page);
  await page.getByLabel('Statement').fill(statement);
  await expect(page.getByText(`You have ${300 - statement.length} characters remaining`)).toBeVisible();
  await page.getByLabel('Detail (optional)').fill('Seen in **every** division.\n\n- <script>alert(1)</script>');
  await page.getByRole('button', { name: 'Write the insight' }).click();

  // The insight: its strength, with the rule in words, and the detail's Markdown as safe text.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(statement);
  await expect(page.getByRole('alert').filter({ hasText: 'The insight has been written.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Strength: (Strong|Moderate|Emerging)$/ })).toBeVisible();
  await expect(page.getByText('How strength is worked out:')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `Evidence (${found.toLocaleString('en-GB')})` })).toBeVisible();
  await expect(page.locator('.chorus-markdown strong')).toHaveText('every');
  await expect(page.getByText('<script>alert(1)</script>')).toBeVisible();
  const insightUrl = page.url();
  await checks.check(page);

  // Walk down to a piece of evidence, then up again from it.
  await page.getByRole('link', { name: /^Open the evidence/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Supports these insights' })).toBeVisible();
  await checks.check(page);
  await page.getByRole('link', { name: statement }).click();
  await expect(page).toHaveURL(insightUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(statement);

  // It fits a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole('heading', { level: 2, name: /^Strength/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await checks.check(page);

  // A senior leader reads it, and has nothing to change it with.
  const leader = await openSecondBrowser();
  await leader.goto('/sign-in');
  await leader.getByLabel('Email address').fill('leader@northbridge.example');
  await leader.getByLabel('Password', { exact: true }).fill('northbridge-demo-strategy');
  await leader.getByRole('button', { name: 'Sign in' }).click();
  await expect(leader).not.toHaveURL(/sign-in/);
  await expect(leader.getByRole('heading', { level: 1 })).not.toHaveText('Sign in to Chorus');
  await checks.check(leader);
  await leader.goto(new URL(insightUrl).pathname);
  await expect(leader.getByRole('heading', { level: 1 })).toContainText(statement);
  await expect(leader.getByText('You can read this insight and its evidence.')).toBeVisible();
  await expect(leader.getByRole('heading', { level: 2, name: /^Strength/ })).toBeVisible();
  await expect(leader.getByRole('button', { name: 'Mark as agreed' })).toHaveCount(0);
  await expect(leader.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  await expect(leader.getByLabel('Add a comment')).toHaveCount(0);
  await checks.check(leader);
});
