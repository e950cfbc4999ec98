import { expect, test } from './support/fixtures.js';
import type { Page } from '@playwright/test';
import { DEMO_ADMIN } from './support/people.js';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page ${page.url()} is wider than the phone screen`).toBeLessThanOrEqual(innerWidth);
}

/** Every main page on a 360 × 740 phone: nothing scrolls sideways and axe finds nothing. */
test('the main pages fit a phone screen and pass axe', async ({ page, checks }) => {
  const visit = async (path: string, heading: string | RegExp) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    await checks.check(page);
    await expectNoSidewaysScroll(page);
  };

  await test.step('pages for people who are not signed in', async () => {
    await visit('/sign-up', 'Set up Chorus');
    await visit('/forgot-password', 'Reset your password');
    await visit('/reset-password?token=not-a-real-token-0000', 'Choose a new password');
    await visit('/invitations/not-a-real-invitation-token', 'This invitation cannot be used');
    await visit('/sign-in', 'Sign in');
  });

  await page.getByLabel('Email address').fill(DEMO_ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategies');
  const orgPath = new URL(page.url()).pathname.replace(/\/strategies$/, '');

  await test.step('the workspace', async () => {
    await checks.check(page);
    await expectNoSidewaysScroll(page);
    await page.getByRole('link', { name: /Digital Strategy/ }).first().click();
    await expect(page.getByRole('heading', { name: 'Where the strategy is' })).toBeVisible();
    await checks.check(page);
    await expectNoSidewaysScroll(page);
    await visit(`${orgPath}/strategies?archived=true`, 'Archived strategies');
    await visit(`${orgPath}/members`, 'Members');
    await visit(`${orgPath}/audit`, 'Audit trail');
    await visit(`${orgPath}/outbox`, 'Outbox');
    await visit(`${orgPath}/settings`, 'Organisation settings');
    await visit('/account', 'Your account');
    await visit('/organisations/new', 'Create another organisation');
    await visit('/no-such-page', 'Page not found');
  });
});
