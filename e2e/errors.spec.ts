import { expect, test } from './support/fixtures.js';
import { DEMO_ADMIN, newAdmin } from './support/people.js';

/** What people see when something they entered is wrong: the NHS.UK error summary and inline errors. */

test('a wrong password shows the error summary, focused, linking to the field', async ({ page, checks }) => {
  await page.goto('/sign-in');
  await checks.check(page);
  await page.getByLabel('Email address').fill(DEMO_ADMIN.email);
  await page.getByLabel('Password', { exact: true }).fill('not the right password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('alert')).toContainText('There is a problem');
  await expect(summary).toContainText('The email address or password is not right');
  await expect(page.locator('#password-error')).toContainText('Email address or password is not right');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await checks.check(page);

  // The summary's link takes the person to the field to correct.
  await summary.getByRole('link', { name: 'Email address or password is not right' }).click();
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
});

test('an empty sign-in form is caught before it is sent', async ({ page, checks }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Enter an email address' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter your password' })).toBeVisible();
  await checks.check(page);
});

test('a too-short password on sign-up shows an inline error', async ({ page, checks }) => {
  const admin = newAdmin();
  await page.goto('/sign-up');
  await page.getByLabel('Organisation name').fill(admin.organisation);
  await page.getByLabel('Your full name').fill(admin.name);
  await page.getByLabel('Your work email address').fill(admin.email);
  await page.getByLabel('Create a password').fill('short');
  await page.getByRole('button', { name: 'Create organisation' }).click();

  const group = page.locator('.nhsuk-form-group--error').filter({ has: page.getByLabel('Create a password') });
  await expect(group.locator('.nhsuk-error-message')).toContainText('Password must be at least 10 characters');
  await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
  await expect(page.locator('.nhsuk-form-group--error')).toHaveCount(1);
  await checks.check(page);
});

test('signing up with an email that already has an account says so at the email field', async ({ page, checks }) => {
  const admin = newAdmin();
  await page.goto('/sign-up');
  await page.getByLabel('Organisation name').fill(admin.organisation);
  await page.getByLabel('Your full name').fill(admin.name);
  await page.getByLabel('Your work email address').fill(DEMO_ADMIN.email);
  await page.getByLabel('Create a password').fill(admin.password);
  await page.getByRole('button', { name: 'Create organisation' }).click();

  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('An account with this email address already exists');
  const group = page.locator('.nhsuk-form-group--error').filter({ has: page.getByLabel('Your work email address') });
  await expect(group.locator('.nhsuk-error-message')).toContainText('An account with this email address already exists');
  await checks.check(page);
});
