import { signInToDemoStrategy } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { DEMO_ADMIN, DEMO_STRATEGY, uniqueId, type Person } from './support/people.js';

/**
 * Deliver, delivery updates, in the demo trust: the strategy team reads where an initiative in
 * flight stands, is told why an amber without a reason cannot be recorded, records one with its
 * reason, and a senior leader on a phone reads it without a form to change it. Axe on every page.
 */
const LEADER: Person = { name: 'Dr Sam Whitfield', email: 'leader@northbridge.example', password: DEMO_ADMIN.password };
const INITIATIVE = 'Radiology information system replacement';

test('the strategy team records a delivery update with its reason; a leader on a phone reads it', async ({ page, checks, openBrowser }) => {
  const reason = `Supplier patch for prior reports slipped a week (${uniqueId()})`;
  const strategy = await signInToDemoStrategy(page, checks, DEMO_STRATEGY);
  let initiativePath = '';

  await test.step('the initiative shows where it stands, from its updates', async () => {
    await page.goto(`${strategy}/roadmap`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Programme roadmap');
    await checks.check(page);
    await page.getByRole('table', { name: /initiatives/i }).getByRole('link', { name: INITIATIVE }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(INITIATIVE);
    initiativePath = new URL(page.url()).pathname;
    const delivery = page.locator('section[aria-labelledby="delivery-heading"]');
    await expect(delivery).toContainText(/Latest, \d+ \w+ 2026:/);
    const updates = delivery.locator('.chorus-delivery-updates');
    await expect(updates.getByRole('listitem')).not.toHaveCount(0);
    await checks.check(page);
  });

  await test.step('an amber without a reason is refused, naming the field; with one it is recorded', async () => {
    const form = page.getByRole('form', { name: 'Record an update' });
    await form.getByLabel('Amber: at risk').check();
    await form.getByLabel('Percentage complete').fill('96');
    await form.getByRole('button', { name: 'Record the update' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Say why the initiative is amber: a reason is needed for amber and red');
    await checks.check(page);
    await form.getByLabel('Why is it not green?').fill(reason);
    await form.getByRole('button', { name: 'Record the update' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The delivery update has been recorded.' })).toBeVisible();
    const delivery = page.locator('section[aria-labelledby="delivery-heading"]');
    const updates = delivery.locator('.chorus-delivery-updates');
    await expect(updates.getByRole('listitem').first()).toContainText(`Why: ${reason}`);
    await expect(updates.getByRole('listitem').first()).toContainText('96% complete');
    await checks.check(page);
  });

  await test.step('the delivery dashboard counts it among the ambers', async () => {
    const before = (await (await page.request.get(`/api/v1${strategy.replace(/^\/orgs\/[^/]+/, '')}/delivery`)).json()).rag;
    await page.goto(strategy);
    await expect(page.getByRole('link', { name: 'Delivery', exact: true })).toBeVisible();
    await checks.check(page);
    await page.getByRole('link', { name: 'Delivery', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Delivery');
    await expect(page.getByRole('listitem').filter({ hasText: /^Amber: at risk\s*\d+ initiatives?$/ })).toHaveText(`Amber: at risk ${before.amber} initiative${before.amber === 1 ? '' : 's'}`);
    expect(before.amber).toBeGreaterThanOrEqual(1);
    await expect(page.getByRole('table', { name: 'Progress per priority theme' })).toBeVisible();
    await checks.check(page);
  });

  await test.step('"You said, we did" shows where the initiative now stands', async () => {
    await page.goto(`${strategy}/you-said-we-did`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('You said, we did');
    await expect(page.getByRole('row').filter({ hasText: INITIATIVE })).toContainText('96%');
    await checks.check(page);
  });

  await test.step('a senior leader on a phone reads the update, with nothing to change it', async () => {
    const phone = await openBrowser({ viewport: { width: 360, height: 740 } });
    const leaderStrategy = await signInToDemoStrategy(phone, checks, LEADER);
    const initiativeUrl = initiativePath.replace(strategy, leaderStrategy);
    await phone.goto(initiativeUrl);
    await expect(phone.locator('section[aria-labelledby="delivery-heading"]')).toContainText(reason);
    await expect(phone.getByRole('button', { name: 'Record the update' })).toHaveCount(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checks.check(phone);
  });
});
