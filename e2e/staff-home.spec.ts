import { expect, test } from './support/fixtures.js';
import type { Page } from '@playwright/test';
import type { PageChecks } from './support/page-checks.js';
import { expectNoSidewaysScroll, PHONE } from './support/phone.js';

/**
 * Staff and senior leaders of the demo trust sign in to a home that shows what is open to them:
 * a staff member finds the open pulse survey and answers it on the staff pages; a leader sees
 * their interviews and the results of the earlier survey. Both on a desktop and a phone.
 */

const PASSWORD = 'northbridge-demo-strategy';
const PULSE = 'Logging in: a two-minute pulse';

async function signIn(page: Page, checks: PageChecks, email: string, checkSignIn = false) {
  await page.goto('/sign-in');
  if (checkSignIn) await checks.check(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Open to you now' })).toBeVisible();
  await checks.check(page);
}

test('a staff member finds the open survey on their home page and answers it', async ({ page, checks }) => {
  await signIn(page, checks, 'staff@northbridge.example', true);
  expect(new URL(page.url()).pathname).toMatch(/^\/orgs\/[0-9a-f-]+\/home$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Welcome, Aisha/);
  // No editor links for staff: neither the audit trail nor the members list.
  await expect(page.getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Members' })).toHaveCount(0);
  // The earlier survey is listed with when it closed, without its results.
  await expect(page.getByRole('heading', { level: 3, name: 'Digital experience of staff 2026' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Read the results/ })).toHaveCount(0);

  await page.getByRole('link', { name: `Take part in ${PULSE}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PULSE);
  await checks.check(page);
  await page.getByRole('button', { name: 'Start now', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logging in');
  await checks.check(page);
  await page.getByRole('group', { name: /How easy is it to log in/ }).getByRole('radio', { name: 'Often hard', exact: true }).check();
  await page.getByLabel(/What one change would make logging in easier/).fill('One tap to log in on ward computers');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending them');
  await checks.check(page);
  await page.getByRole('button', { name: 'Submit your answers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you, your answers have been sent');
  await checks.check(page);
});

test('a page staff may not use says so and whom to ask; the home fits a phone', async ({ page, checks, openBrowser }) => {
  await signIn(page, checks, 'staff@northbridge.example', true);
  const home = new URL(page.url()).pathname;
  await page.goto(home.replace(/\/home$/, '/audit'));
  await expect(page.getByText('Only admins can see the audit trail. Ask an admin of Northbridge')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to your home page' })).toBeVisible();
  await checks.check(page);

  const phone = await openBrowser(PHONE);
  await signIn(phone, checks, 'joe.lindqvist@northbridge.example');
  await expect(phone.getByRole('link', { name: `Take part in ${PULSE}` })).toBeVisible();
  await expectNoSidewaysScroll(phone);
});

test('a senior leader sees their interviews and the earlier survey’s results', async ({ page, checks, openBrowser }) => {
  await signIn(page, checks, 'leader@northbridge.example', true);
  await expect(page.getByRole('heading', { level: 2, name: 'Leader interviews' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'With you' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the results of Digital experience of staff 2026' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Take part in ${PULSE}` })).toBeVisible();

  const phone = await openBrowser(PHONE);
  await signIn(phone, checks, 'claire.ashby@northbridge.example');
  await expect(phone.getByRole('heading', { level: 2, name: 'Leader interviews' })).toBeVisible();
  await expectNoSidewaysScroll(phone);
});
