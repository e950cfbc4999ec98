import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';
import type { PageChecks } from './page-checks.js';
import { DEMO_ADMIN, type Person } from './people.js';

/**
 * Signs in to the demo trust (as its administrator unless someone else is named) through the sign-in form (checked on the way in
 * and once signed in) and returns the organisation's path, e.g. "/orgs/…", for the pages below it.
 */
export async function signInAsDemo(page: Page, checks: PageChecks, person: Person = DEMO_ADMIN): Promise<string> {
  await page.goto('/sign-in');
  await checks.check(page);
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategies');
  await checks.check(page);
  return new URL(page.url()).pathname.replace(/\/strategies$/, '');
}
