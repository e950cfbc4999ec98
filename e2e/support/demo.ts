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

/**
 * Signs in to the demo trust as anyone (whatever page their role lands on), checking both pages,
 * and returns the path of the demo strategy, e.g. "/orgs/…/strategies/…".
 */
export async function signInToDemoStrategy(page: Page, checks: PageChecks, person: Person): Promise<string> {
  await page.goto('/sign-in');
  await checks.check(page);
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sign in to Chorus');
  await checks.check(page);
  const me = await (await page.request.get('/api/v1/me')).json();
  const orgId: string = me.memberships[0].organisationId;
  const strategyId: string = (await (await page.request.get(`/api/v1/orgs/${orgId}/strategies`)).json()).strategies[0].id;
  return `/orgs/${orgId}/strategies/${strategyId}`;
}
