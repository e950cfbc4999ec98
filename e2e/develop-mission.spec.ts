import { signInToDemoStrategy } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { DEMO_ADMIN, DEMO_STRATEGY, uniqueId, type Person } from './support/people.js';

/**
 * Develop, the mission, in the demo trust: the strategy team edits the agreed mission (which
 * starts a new draft and leaves the agreed one in place), compares the two versions word by word,
 * a senior leader on a phone comments on the draft, and the team marks it agreed, the earlier
 * version staying in the history. Axe on every page, the leader's at 360 px.
 */
const LEADER: Person = { name: 'Dr Sam Whitfield', email: 'leader@northbridge.example', password: DEMO_ADMIN.password };

test('the team redrafts the agreed mission, a leader comments on a phone, and the team agrees it', async ({ page, checks, openBrowser }) => {
  const word = `together-${uniqueId()}`;
  const strategy = await signInToDemoStrategy(page, checks, DEMO_STRATEGY);
  let agreedBefore = 0;

  await test.step('editing the agreed mission starts a new draft; the agreed one stays', async () => {
    await page.goto(strategy);
    await expect(page.getByRole('link', { name: 'Mission and vision' })).toBeVisible();
    await checks.check(page);
    await page.getByRole('link', { name: 'Mission and vision' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mission and vision');
    await checks.check(page);
    const history = await (await page.request.get(`/api/v1/strategies/${strategy.split('/').pop()}/mission`)).json();
    agreedBefore = history.versions.find((v: { state: string }) => v.state === 'agreed').number;
    await page.getByRole('button', { name: 'Edit (starts a new draft)' }).click();
    const mission = page.getByLabel('Mission', { exact: true });
    await expect(mission).not.toHaveValue('');
    await mission.fill(`${await mission.inputValue()} We build it ${word}.`);
    await page.getByLabel('What changed, and why (optional)').fill('Leaders asked for the word "together".');
    await checks.check(page);
    await page.getByRole('button', { name: 'Save as a new draft' }).click();
    await expect(page.getByRole('heading', { name: `Current draft: version ${agreedBefore + 1}` })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="agreed-heading"]')).not.toContainText(word);
    await checks.check(page);
  });

  await test.step('the two versions compared word by word: the new words marked as added', async () => {
    for (const [label, number] of [['Earlier version', agreedBefore], ['Later version', agreedBefore + 1]] as const) {
      const select = page.getByLabel(label);
      const value = await select.locator('option', { hasText: new RegExp(`^Version ${number} `) }).getAttribute('value');
      await select.selectOption(value!);
    }
    const added = page.locator('section[aria-labelledby="compare-heading"] ins').filter({ hasText: word });
    await expect(added).toHaveCount(1);
    await expect(added).toContainText('added:');
    await checks.check(page);
  });

  await test.step('a senior leader on a phone reads the draft and comments on it', async () => {
    const phone = await openBrowser({ viewport: { width: 360, height: 740 } });
    const leaderStrategy = await signInToDemoStrategy(phone, checks, LEADER);
    await phone.goto(`${leaderStrategy}/mission`);
    await expect(phone.getByRole('heading', { name: `Current draft: version ${agreedBefore + 1}` })).toBeVisible();
    await expect(phone.getByRole('button', { name: 'Mark as agreed' })).toHaveCount(0);
    await checks.check(phone);
    await phone.getByLabel('Add a comment').fill(`Yes to "${word}": it is how the wards will hear it.`);
    await phone.getByRole('button', { name: 'Add comment' }).click();
    await expect(phone.getByText(`Yes to "${word}": it is how the wards will hear it.`)).toBeVisible();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'the mission page scrolls sideways on a phone').toBeLessThanOrEqual(360);
    await checks.check(phone);
  });

  await test.step('the team sees the comment and marks the draft agreed; the earlier version stays in the history', async () => {
    await page.reload();
    await expect(page.getByText(`Yes to "${word}": it is how the wards will hear it.`)).toBeVisible();
    await page.getByRole('button', { name: 'Mark as agreed' }).click();
    const dialog = page.getByRole('dialog', { name: `Agree version ${agreedBefore + 1}?` });
    await expect(dialog).toBeVisible();
    await checks.check(page);
    await dialog.getByRole('button', { name: 'Mark as agreed' }).click();
    await expect(dialog).toBeHidden();
    const agreed = page.locator('section[aria-labelledby="agreed-heading"]');
    await expect(agreed).toContainText(word);
    await expect(agreed).toContainText(`Version ${agreedBefore + 1}, agreed by ${DEMO_STRATEGY.name}`);
    await expect(page.getByText('There is no draft.')).toBeVisible();
    await checks.check(page);
  });
});
