import type { Page } from '@playwright/test';
import { signInAsDemo } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { createStrategyByApi, signUpByApi } from './support/api.js';
import { activate, tabTo, typeInto } from './support/keyboard.js';
import { newAdmin } from './support/people.js';
import { expectNoSidewaysScroll, PHONE } from './support/phone.js';

/**
 * The digital estate: a new organisation adds a system, links it to two others, rates its fit
 * and sees its TIME quadrant; imports a 200-row register through the preview; does the same
 * with the keyboard alone; and reads the register on a phone.
 */

async function csrf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;
}

async function systemByApi(page: Page, orgId: string, body: Record<string, unknown>): Promise<string> {
  const response = await page.request.post(`/api/v1/orgs/${orgId}/systems`, {
    data: { lifecycle: 'active', criticality: 'medium', holdsPatientData: false, ...body },
    headers: { 'X-CSRF-Token': await csrf(page) },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const estateNav = (page: Page) => page.getByRole('navigation', { name: 'Digital estate' });

test('an admin adds a system, links two integrations and sees its TIME quadrant', async ({ page, checks }) => {
  const orgId = await signUpByApi(page, newAdmin());
  await systemByApi(page, orgId, { name: 'Laboratory information system', capability: 'Pathology' });
  await systemByApi(page, orgId, { name: 'Radiology information system', capability: 'Imaging' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategies');
  await checks.check(page);

  await test.step('open the register from the navigation', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Estate' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Systems register');
    await expect(page.getByRole('link', { name: 'Laboratory information system' })).toBeVisible();
    await checks.check(page);
  });

  await test.step('add a system, with a clear message for what is missing', async () => {
    await page.getByRole('link', { name: 'Add a system' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Add a system');
    await checks.check(page);
    await page.getByRole('button', { name: 'Add the system' }).click();
    // Every missing field at once, not one per attempt.
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary).toContainText('Say whether it holds patient-identifiable data');
    await expect(summary).toContainText('name of the system');
    await checks.check(page);
    await page.getByLabel('Name', { exact: true }).fill('Patient administration system');
    await page.getByLabel('Supplier (optional)').fill('Oracle Health');
    await page.getByLabel('Capability (optional)').fill('Patient administration');
    await page.getByRole('group', { name: 'Does it hold patient-identifiable data?' }).getByLabel('Yes').check();
    await page.getByRole('group', { name: 'Business criticality' }).getByLabel('Critical').check();
    // The quadrant is computed as fit is chosen, never typed.
    await expect(page.getByText('TIME quadrant:').locator('.nhsuk-tag')).toHaveText('Not rated');
    await page.getByRole('group', { name: 'Technical fit' }).getByLabel('1 – Unsupported or failing').check();
    await page.getByRole('group', { name: 'Functional fit' }).getByLabel('4 – Meets the need well and supports how care is given').check();
    await expect(page.getByText('TIME quadrant:').locator('.nhsuk-tag')).toHaveText('Migrate');
    await page.getByRole('button', { name: 'Add the system' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Patient administration system');
    await expect(page.locator('.nhsuk-notification-banner--success')).toContainText('added to the register');
    await expect(page.getByText('TIME quadrant:').locator('.nhsuk-tag').first()).toHaveText('Migrate');
    await checks.check(page);
  });

  await test.step('link an integration out and one in', async () => {
    await page.getByRole('button', { name: 'Add an integration' }).click();
    await page.getByLabel('Other system', { exact: true }).selectOption({ label: 'Laboratory information system' });
    await page.getByLabel('Interface type').selectOption({ label: 'HL7 v2' });
    await page.getByLabel('How often (optional)').selectOption({ label: 'Real time' });
    await checks.check(page);
    await page.getByRole('button', { name: 'Add the integration' }).click();
    await expect(page.locator('.nhsuk-notification-banner--success')).toContainText('The integration has been added.');
    await expect(page.getByRole('table', { name: 'Data sent out' })).toContainText('Laboratory information system');

    await page.getByRole('button', { name: 'Add an integration' }).click();
    await page.getByLabel('Other system', { exact: true }).selectOption({ label: 'Radiology information system' });
    await page.getByLabel('From the other system to Patient administration system').check();
    await page.getByLabel('Interface type').selectOption({ label: 'FHIR' });
    await page.getByRole('button', { name: 'Add the integration' }).click();
    await expect(page.getByRole('table', { name: 'Data received' })).toContainText('Radiology information system');
    await checks.check(page);
  });

  await test.step('see the integrations on the map page and in its table', async () => {
    await estateNav(page).getByRole('link', { name: 'Map' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Integrations map/);
    await expect(page.getByRole('img', { name: /Map of 3 systems and 2 integrations/ })).toHaveAttribute('data-status', 'ready');
    const table = page.getByRole('table', { name: /Integrations \(2\)/ });
    await expect(table).toContainText('Radiology information system');
    await checks.check(page);
    await page.getByLabel('Interface type').selectOption({ label: 'FHIR' });
    await expect(page.getByRole('table', { name: /Integrations \(1\)/ })).toContainText('FHIR');
    await checks.check(page);
  });

  await test.step('find it under Migrate on the assessment page', async () => {
    await estateNav(page).getByRole('link', { name: 'Assessment' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Estate assessment/);
    await expect(page.getByRole('heading', { name: 'Migrate (1)' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'TIME quadrant chart' })).toBeVisible();
    await checks.check(page);
  });

  await test.step('record work in flight against it, then delete it after confirming', async () => {
    await estateNav(page).getByRole('link', { name: 'Work in flight' }).click();
    await expect(page.getByText('No projects recorded yet.')).toBeVisible();
    await checks.check(page);
    await page.getByRole('link', { name: 'Add a project' }).click();
    await page.getByLabel('Name', { exact: true }).fill('EPR replacement');
    await page.getByLabel('Filter systems by name').fill('patient');
    await page.getByLabel('Patient administration system').check();
    await checks.check(page);
    await page.getByRole('button', { name: 'Add the project' }).click();
    await expect(page.getByRole('table')).toContainText('Patient administration system');
    await checks.check(page);
    await page.getByRole('button', { name: 'Delete EPR replacement' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await checks.check(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Delete the project' }).click();
    await expect(page.getByText('No projects recorded yet.')).toBeVisible();
  });
});

test('an admin imports a 200-row register spreadsheet through the preview', async ({ page, checks }) => {
  const orgId = await signUpByApi(page, newAdmin());
  await page.goto(`/orgs/${orgId}/estate/import`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Import a register');
  await checks.check(page);

  const header = 'System name,Supplier,Capability,Lifecycle,Criticality,Technical fit,Functional fit';
  const rows = Array.from({ length: 200 }, (_, i) => `System ${String(i + 1).padStart(3, '0')},Supplier ${i % 7},Capability ${i % 12},Active,Medium,${(i % 4) + 1},${((i + 1) % 4) + 1}`);
  const broken = [header, ...rows.slice(0, 199), 'System 200,Supplier 1,Capability 1,Sometimes,Medium,9,1'].join('\r\n');

  await test.step('a file with problems shows them with row and column, and imports nothing', async () => {
    await page.getByLabel('Upload a CSV or Excel file').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.locator('.nhsuk-error-summary')).toContainText('Row');
    await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
    await checks.check(page);
  });

  await test.step('the corrected file previews its columns and first rows, then imports', async () => {
    await page.getByLabel('Upload a CSV or Excel file').setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\r\n')) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByRole('table', { name: 'Columns' })).toContainText('System name');
    await expect(page.getByLabel('Field filled by the column “System name”')).toHaveValue('name');
    await expect(page.getByText('None: the file can be imported.')).toBeVisible();
    await checks.check(page);
    await page.getByRole('button', { name: 'Import 200 systems' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Register imported/);
    await expect(page.getByText('200 systems were added')).toBeVisible();
    await checks.check(page);
    await page.getByRole('link', { name: 'Go to the register' }).click();
    await expect(page.getByText('Showing 1 to 50 of 200 systems')).toBeVisible();
    await checks.check(page);
  });
});

test('the same journey with the keyboard alone', async ({ page, checks }) => {
  const orgId = await signUpByApi(page, newAdmin());
  await systemByApi(page, orgId, { name: 'Order communications', capability: 'Pathology' });
  await systemByApi(page, orgId, { name: 'Picture archive', capability: 'Imaging' });
  await page.goto(`/orgs/${orgId}/estate`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Systems register');
  await checks.check(page);

  await activate(page, page.getByRole('link', { name: 'Add a system' }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Add a system');
  await checks.check(page);
  await typeInto(page, page.getByLabel('Name', { exact: true }), 'Electronic prescribing');
  // Radios: Tab reaches the group's chosen (or first) option; the arrow keys choose within it.
  await tabTo(page, page.getByRole('group', { name: 'Does it hold patient-identifiable data?' }).getByLabel('Yes'));
  await page.keyboard.press('Space');
  // "Not rated yet" is chosen at first, so Tab lands there; the arrows move round the group.
  await tabTo(page, page.getByRole('group', { name: 'Technical fit' }).getByLabel('Not rated yet'), { max: 150 });
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('group', { name: 'Technical fit' }).getByLabel('4 – Strong')).toBeChecked();
  await tabTo(page, page.getByRole('group', { name: 'Functional fit' }).getByLabel('Not rated yet'));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('group', { name: 'Functional fit' }).getByLabel('1 – Does not meet the need')).toBeChecked();
  await expect(page.getByText('TIME quadrant:').locator('.nhsuk-tag')).toHaveText('Tolerate');
  await activate(page, page.getByRole('button', { name: 'Add the system' }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Electronic prescribing');
  await expect(page.getByText('TIME quadrant:').locator('.nhsuk-tag').first()).toHaveText('Tolerate');
  await checks.check(page);

  await activate(page, page.getByRole('button', { name: 'Add an integration' }));
  await tabTo(page, page.getByLabel('Other system', { exact: true }));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByLabel('Interface type'));
  await page.keyboard.press('ArrowDown');
  await checks.check(page);
  await activate(page, page.getByRole('button', { name: 'Add the integration' }));
  await expect(page.locator('.nhsuk-notification-banner--success')).toContainText('The integration has been added.');
  await expect(page.getByRole('table', { name: 'Data sent out' })).toBeVisible();
  await checks.check(page);

  // The second integration: data coming in from the other system, by DICOM.
  await activate(page, page.getByRole('button', { name: 'Add an integration' }));
  await tabTo(page, page.getByLabel('Other system', { exact: true }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByRole('group', { name: /direction|Which way/i }).getByRole('radio').first());
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.getByLabel('Interface type'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await activate(page, page.getByRole('button', { name: 'Add the integration' }));
  await expect(page.getByRole('table', { name: 'Data received' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Data sent out' })).toBeVisible();
  await checks.check(page);

  // Sorting the register is a button in the column heading.
  await activate(page, page.getByRole('link', { name: 'Back to the register' }), { backwards: true });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Systems register');
  await activate(page, page.getByRole('button', { name: /^System/ }));
  await expect(page.getByRole('columnheader', { name: /System/ }).first()).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('row').nth(1)).toContainText('Picture archive');
  await checks.check(page);

  // The import: the file control is reached with Tab (the file itself comes from the system's
  // own dialog, which a test cannot drive), the rest is keys.
  await activate(page, page.getByRole('navigation', { name: 'Digital estate' }).getByRole('link', { name: 'Import' }));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Import a register');
  const header = 'System name,Supplier,Capability,Lifecycle,Criticality';
  const rows = Array.from({ length: 200 }, (_, i) => `Imported ${String(i + 1).padStart(3, '0')},Supplier ${i % 7},Capability ${i % 12},Active,High`);
  const upload = page.getByLabel('Upload a CSV or Excel file');
  await tabTo(page, upload);
  await upload.setInputFiles({ name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n')) });
  await activate(page, page.getByRole('button', { name: 'Check the file' }));
  await expect(page.getByText('None: the file can be imported.')).toBeVisible();
  await checks.check(page);
  await activate(page, page.getByRole('button', { name: 'Import 200 systems' }));
  await expect(page.getByText('200 systems were added')).toBeVisible();
  await checks.check(page);
});

test('the register reads on a 360 px phone', async ({ checks, openBrowser }) => {
  const phone = await openBrowser(PHONE);
  const orgId = await signUpByApi(phone, newAdmin());
  await systemByApi(phone, orgId, { name: 'Maternity information system with a long name', capability: 'Maternity', annualCost: 125000, technicalFit: 2, functionalFit: 3 });
  await systemByApi(phone, orgId, { name: 'Theatres', capability: 'Surgery', contractEnd: '2027-06-30' });
  await phone.goto(`/orgs/${orgId}/estate`);
  await expect(phone.getByRole('heading', { level: 1 })).toContainText('Systems register');
  await expect(phone.getByRole('link', { name: 'Theatres' })).toBeVisible();
  await expectNoSidewaysScroll(phone);
  await checks.check(phone);
});

test('the map draws 2,000 systems and 10,000 integrations as capabilities, opened one by one', async ({ page, checks }, testInfo) => {
  const orgId = await signUpByApi(page, newAdmin());
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: id(i), name: `System ${i}`, capability: `Capability ${i % 40}`, lifecycle: 'active', criticality: 'medium', divisionIds: [] }));
  const edges = Array.from({ length: 10000 }, (_, i) => ({ id: id(100000 + i), source: id(i % 2000), target: id((i * 7 + 13) % 2000), interfaceType: 'api', frequency: null }));
  // The register of this size is synthetic: the subject is the browser's drawing, not the server's seeding.
  await page.route(`**/api/v1/orgs/${orgId}/estate/map`, (route) => route.fulfill({ json: { nodes, edges } }));
  await page.goto(`/orgs/${orgId}/estate/map`);
  const map = page.getByRole('img', { name: /Map of 2000 systems and 10000 integrations/ });
  await expect(map).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
  await expect(map).toHaveAttribute('data-drawn-in-ms', /\d+/, { timeout: 60_000 });
  testInfo.annotations.push({ type: 'map drawn in (ms)', description: (await map.getAttribute('data-drawn-in-ms')) ?? '' });
  // Too many to read as dots: each of the 40 capabilities starts as one circle.
  await expect(map).toHaveAttribute('data-capabilities-closed', '40');
  await expect(map).toHaveAttribute('data-systems-shown', '0');
  await expect(page.getByRole('table', { name: /Integrations \(10,000\)/ })).toBeVisible();
  await checks.check(page);
  // The keyboard's way in: open one capability, then close them all again.
  await page.getByText(/Show the systems of some capabilities \(every capability is closed\)/).click();
  await page.getByLabel('Capability 7 (50 systems)').check();
  await expect(map).toHaveAttribute('data-systems-shown', '50');
  await expect(map).toHaveAttribute('data-capabilities-closed', '39');
  await checks.check(page);
  await page.getByRole('button', { name: 'Close every capability' }).click();
  await expect(map).toHaveAttribute('data-systems-shown', '0');
});

test('an admin freezes the register as a strategy baseline and reads it back', async ({ page, checks }) => {
  const orgId = await signUpByApi(page, newAdmin());
  await createStrategyByApi(page, orgId, 'Digital strategy 2026 to 2029');
  await systemByApi(page, orgId, { name: 'Bed management', capability: 'Patient flow', technicalFit: 3, functionalFit: 2 });
  await page.goto(`/orgs/${orgId}/estate`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Systems register');
  await checks.check(page);
  await page.getByRole('link', { name: 'Register baselines for Digital strategy 2026 to 2029' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Register baselines');
  await expect(page.getByText('No baselines yet.')).toBeVisible();
  await checks.check(page);
  await page.getByRole('button', { name: 'Freeze the register as this strategy’s baseline' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Enter a label');
  await checks.check(page);
  await page.getByLabel('Label').fill('Start of the strategy');
  await page.getByRole('button', { name: 'Freeze the register as this strategy’s baseline' }).click();
  await expect(page.locator('.nhsuk-notification-banner--success')).toContainText('Start of the strategy');
  await page.getByRole('link', { name: 'Start of the strategy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Start of the strategy');
  await expect(page.getByRole('table', { name: '1 system' })).toContainText('Bed management');
  await checks.check(page);
});

test('the demo trust reads its assessment views: chart, lifecycle, capabilities, contracts and warnings', async ({ page, checks }) => {
  await signInAsDemo(page, checks);
  await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Estate' }).click();
  await expect(page.getByText(/Showing 1 to \d+ of \d+ systems/)).toBeVisible();
  await checks.check(page);

  await estateNav(page).getByRole('link', { name: 'Assessment' }).click();
  await expect(page.getByRole('img', { name: 'TIME quadrant chart' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Invest \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^End of life \(\d+\)$/ })).toBeVisible();
  await checks.check(page);

  await estateNav(page).getByRole('link', { name: 'Map' }).click();
  await expect(page.getByRole('img', { name: /^Map of \d+ systems/ })).toHaveAttribute('data-status', 'ready');
  await checks.check(page);
});
