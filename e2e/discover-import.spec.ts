import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { createStrategyByApi, setUpWorkforceByApi, signUpByApi } from './support/api.js';
import { expect, test } from './support/fixtures.js';
import { newAdmin } from './support/people.js';
import { answerCounts, resultCard, sum, summaryValue } from './support/results.js';
import { WORKFORCE } from './support/staff-survey.js';

/**
 * Issue 3's acceptance journey, last part: last year's SurveyMonkey export is imported into a
 * strategy, the preview names the tool and drops the columns that identify people, and its
 * answers (a ranking among them) appear in results.
 */

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'surveymonkey-it-support.csv');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test("the strategy team imports last year's SurveyMonkey export and reads its results", async ({ page, checks }) => {
  const orgId = await signUpByApi(page, newAdmin());
  // The file's staff groups must be the organisation's own for its "About you" column to import.
  await setUpWorkforceByApi(page, orgId, WORKFORCE);
  const strategyId = await createStrategyByApi(page, orgId, 'Digital Strategy for Riverside');

  await test.step('import last year\'s SurveyMonkey export: the preview names the tool and drops identifying columns', async () => {
    await page.goto(`/orgs/${orgId}/strategies/${strategyId}`);
    await expect(heading(page)).toContainText('Digital Strategy for Riverside');
    await checks.check(page);
    await page.getByRole('link', { name: 'Import survey results from another tool' }).click();
    await expect(heading(page)).toContainText('Import survey results');
    await checks.check(page);
    await page.getByLabel('Upload a CSV or Excel file').setInputFiles(FIXTURE);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(summaryValue(page, 'Exported from')).toHaveText('SurveyMonkey (2 header rows)');
    await expect(summaryValue(page, 'Responses')).toHaveText('20');
    await expect(summaryValue(page, 'Into')).toHaveText('A new survey');
    await expect(page.getByRole('listitem').filter({ hasText: '"IP Address" (column 5): IP address' })).toBeVisible();
    // Keeping one is folded away, and nothing is kept unless someone opens it and chooses.
    await page.getByText('Keep a column that identifies people').click();
    const identifying = page.getByRole('group', { name: 'Columns that could identify people' });
    for (const column of ['IP Address', 'Email Address']) {
      await expect(identifying.getByRole('checkbox', { name: new RegExp(`^Keep "${column}"`) })).not.toBeChecked();
    }
    const questions = page.getByRole('table', { name: 'Questions found in the file' });
    await expect(questions).toContainText('How satisfied are you with IT support overall?');
    await expect(questions.getByRole('row', { name: /IP Address|Email Address/ })).toHaveCount(0);
    await checks.check(page);
    await page.getByRole('button', { name: 'Import 20 responses' }).click();
    await expect(heading(page)).toContainText('Survey results imported');
    await expect(page.getByText('20 responses were imported.')).toBeVisible();
    await checks.check(page);
  });

  await test.step('the imported answers appear in results', async () => {
    await page.getByRole('link', { name: 'See the results' }).click();
    await expect(heading(page)).toContainText('surveymonkey-it-support');
    await expect(summaryValue(page, 'Respondents')).toHaveText('20');
    const counts = await answerCounts(resultCard(page, 'How satisfied are you with IT support overall?'));
    expect(counts).toMatchObject({ Satisfied: '10', Dissatisfied: '10' });
    expect(sum(counts)).toBe(20);
    // The rank columns became one ranking question: what each respondent put first.
    const firsts = await answerCounts(resultCard(page, 'Put these in order: what should we fix first?'));
    expect(firsts).toMatchObject({ 'Log-in': '10', 'Wi-Fi': '10' });
    // The identifying columns were dropped: no question, no answer from them.
    await expect(page.getByRole('heading', { name: /IP Address|Email Address/ })).toHaveCount(0);
    await expect(page.getByText(/staff\d+@riverside\.example/)).toHaveCount(0);
    await checks.check(page);
  });
});
