import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import type { PageChecks } from './support/page-checks.js';
import { DEMO_ADMIN } from './support/people.js';
import { expectNoSidewaysScroll, PHONE } from './support/phone.js';

test.use(PHONE);

const visitor = (page: Page, checks: PageChecks) => async (path: string, heading: string | RegExp) => {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  await checks.check(page);
  await expectNoSidewaysScroll(page);
};

/**
 * Every main page on a 360 × 740 phone: nothing scrolls sideways and axe finds nothing. Two tests,
 * so that a busy machine's slow axe runs do not add up past one test's time.
 */
test('the pages for people who are not signed in fit a phone screen and pass axe', async ({ page, checks }) => {
  const visit = visitor(page, checks);
  await visit('/sign-up', 'Set up Chorus');
  await visit('/forgot-password', 'Reset your password');
  await visit('/reset-password?token=not-a-real-token-0000', 'Choose a new password');
  await visit('/invitations/not-a-real-invitation-token', 'This invitation cannot be used');
});

test('the strategy team\'s main pages fit a phone screen and pass axe', async ({ page, checks }) => {
  const visit = visitor(page, checks);
  await visit('/sign-in', 'Sign in');

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
    const strategyPath = new URL(page.url()).pathname;

    await test.step('the survey pages of the strategy team', async () => {
      const follow = async (link: string | RegExp, heading: string | RegExp) => {
        await page.getByRole('link', { name: link, exact: typeof link === 'string' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
        await checks.check(page);
        await expectNoSidewaysScroll(page);
      };
      await follow('Surveys', 'Surveys');
      await follow('Digital experience of staff 2026', 'Digital experience of staff 2026');
      const builderPath = new URL(page.url()).pathname;
      await follow('Preview as a respondent', 'Digital experience of staff 2026');
      await visit(builderPath, 'Digital experience of staff 2026');
      await follow(/^Share/, 'Share the survey');
      await visit(builderPath, 'Digital experience of staff 2026');
      await follow('Results', 'Digital experience of staff 2026');
      await expect(page.getByText('Hidden').first()).toBeVisible();
      await expectNoSidewaysScroll(page);
      await follow('Coverage: who has responded, against headcount', 'Who has responded');
      await visit(strategyPath, /Digital Strategy/);
      await follow('Import survey results from another tool', 'Import survey results');
      await visit(`${orgPath}/workforce`, 'Workforce');
    });

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
