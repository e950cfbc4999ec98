import type { Page } from '@playwright/test';
import { setUpWorkforceByApi, signUpByApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { newAdmin } from './support/people.js';
import { ACCESS_CODE, IDEA_AFTER, IDEA_BEFORE, TEMPLATE_TITLE, WORKFORCE } from './support/staff-survey.js';

/**
 * Issue 3's acceptance journey, first part: the strategy team builds the staff survey from the
 * template, renames a question, previews it, publishes it and shares its open link behind an
 * access code. What staff do next is in discover-respond.spec.ts; the import of last year's
 * SurveyMonkey export in discover-import.spec.ts (each journey sets up its own organisation, so
 * each stays within its own time on a busy two-core machine).
 */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
test('the strategy team builds a survey from the template, publishes it and shares its open link behind an access code', async ({
  page,
  checks,
}) => {
  const admin = newAdmin();
  const orgId = await signUpByApi(page, admin);
  await setUpWorkforceByApi(page, orgId, WORKFORCE);

  await test.step('the workforce shows the divisions and headcounts the survey will ask about', async () => {
    await page.goto(`/orgs/${orgId}/workforce`);
    await expect(heading(page)).toContainText('Workforce');
    await expect(page.getByRole('heading', { name: 'Headcounts' })).toBeVisible();
    await expect(page.getByText('Surgery').first()).toBeVisible();
    await checks.check(page);
  });

  await test.step('create a strategy', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Strategies' }).click();
    await expect(heading(page)).toContainText('Strategies');
    await checks.check(page);
    await page.getByLabel('Name', { exact: true }).fill('Digital Strategy for Riverside');
    await page.getByRole('button', { name: 'Create strategy' }).click();
    await expect(heading(page)).toContainText('Digital Strategy for Riverside');
    await checks.check(page);
  });

  await test.step('start a survey from the Digital experience template', async () => {
    await page.getByRole('link', { name: 'Surveys', exact: true }).click();
    await expect(heading(page)).toContainText('Surveys');
    await expect(page.getByText('There are no surveys for this strategy yet.')).toBeVisible();
    await checks.check(page);
    await page.getByRole('button', { name: 'Start from the Digital experience template' }).click();
    await expect(heading(page)).toContainText(TEMPLATE_TITLE);
    await expect(page.getByRole('alert')).toContainText('Survey created from the template');
    await expect(page.getByRole('heading', { name: /^Question \d+: / })).toHaveCount(13);
    await checks.check(page);
  });

  await test.step('rename a question on its edit page', async () => {
    await page.getByRole('link', { name: 'Edit question 13' }).click();
    await expect(heading(page)).toContainText('Edit question 13');
    const wording = page.getByLabel('Question', { exact: true });
    await expect(wording).toHaveValue(IDEA_BEFORE);
    await checks.check(page);
    await wording.fill(IDEA_AFTER);
    await page.getByRole('button', { name: 'Save question' }).click();
    await expect(page.getByRole('alert')).toContainText('Question 13 saved.');
    await expect(page.getByRole('heading', { name: `Question 13: ${IDEA_AFTER}` })).toBeVisible();
    await checks.check(page);
  });

  await test.step('preview it as a respondent, then publish', async () => {
    await page.getByRole('link', { name: 'Preview as a respondent' }).click();
    await expect(heading(page)).toBeVisible();
    await expect(page.getByText(IDEA_AFTER).first()).toBeVisible();
    await checks.check(page);
    await page.goBack();
    await expect(heading(page)).toContainText(TEMPLATE_TITLE);
    await page.getByRole('button', { name: 'Publish survey' }).click();
    await expect(page.getByText('The survey is published.')).toBeVisible();
    await expect(page.getByText('The survey is taking responses.')).toBeVisible();
    await checks.check(page);
  });

  await test.step('turn the open link on, with an access code', async () => {
    await page.getByRole('link', { name: /^Share/ }).click();
    await expect(heading(page)).toContainText('Share the survey');
    await expect(page.getByText('The open link is off.')).toBeVisible();
    await checks.check(page);
    await page.getByRole('button', { name: 'Turn the open link on' }).click();
    const openLink = page.getByRole('textbox', { name: 'Open link', exact: true });
    await expect(openLink).toHaveValue(/^http:\/\/localhost:3199\/s\/\S+$/);
    await page.getByRole('textbox', { name: 'Access code', exact: true }).fill(ACCESS_CODE);
    await page.getByRole('button', { name: 'Set access code' }).click();
    await expect(page.getByText('People using the open link must type the access code first.')).toBeVisible();
    await checks.check(page);
  });
});
