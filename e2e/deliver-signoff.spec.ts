import { signInToDemoStrategy } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { DEMO_ADMIN, DEMO_STRATEGY, uniqueId, type Person } from './support/people.js';

/**
 * Deliver, sign-off and publishing in the demo trust: the team submits a new frozen version to two
 * executives; the Medical Director, on a phone, is told asking for changes needs a comment, then
 * approves and checks the PDF against the record (and a changed copy, which fails); the Chief
 * Nurse approves by keyboard; the team publishes, and the public page, read with JavaScript off,
 * passes axe. Axe on every page.
 */
const LEADER: Person = { name: 'Dr Sam Whitfield', email: 'leader@northbridge.example', password: DEMO_ADMIN.password };
const NURSE: Person = { name: 'Claire Ashby', email: 'claire.ashby@northbridge.example', password: DEMO_ADMIN.password };
test.describe.configure({ mode: 'serial' });
const journey = { versionId: '', versionPath: '', number: 0 };

test('the team submits a new version to two executives; the Medical Director approves on a phone and checks a file', async ({ page, checks, openBrowser }) => {
  const strategy = await signInToDemoStrategy(page, checks, DEMO_STRATEGY);
  const strategyId = strategy.split('/').at(-1)!;
  const orgPath = strategy.replace(/\/strategies\/.*$/, '');
  const headers = { 'x-csrf-token': (await (await page.request.get('/api/v1/me')).json()).csrfToken as string };
  await page.request.patch(`/api/v1/strategies/${strategyId}/document`, { headers, data: { foreword: `Written with our staff (${uniqueId()}).` } });
  const frozen = await page.request.post(`/api/v1/strategies/${strategyId}/document/versions`, { headers, data: { changeNote: 'For the executive' } });
  expect(frozen.status(), await frozen.text()).toBe(201);
  Object.assign(journey, { versionId: (await frozen.json()).id, number: (await frozen.json()).number });
  journey.versionPath = `${orgPath}/document-versions/${journey.versionId}`;
  const panel = page.locator('section[aria-labelledby="signoff-heading"]');

  await test.step('the team must choose approvers, then submits to two executives', async () => {
    await page.goto(journey.versionPath);
    await expect(panel.getByRole('heading', { name: 'Sign-off', exact: true })).toBeVisible();
    await panel.getByRole('button', { name: 'Submit for sign-off' }).click();
    await expect(panel.locator('.nhsuk-error-summary')).toContainText('Choose at least one approver');
    await checks.check(page);
    await panel.getByLabel(LEADER.name, { exact: false }).check();
    await panel.getByLabel(NURSE.name, { exact: false }).check();
    await panel.getByRole('button', { name: 'Submit for sign-off' }).click();
    await expect(panel).toContainText('With the approvers');
    await checks.check(page);
  });

  await test.step('the Medical Director, on a phone, needs a comment to ask for changes; approves; checks the PDF', async () => {
    const phone = await openBrowser({ viewport: { width: 360, height: 740 } });
    await signInToDemoStrategy(phone, checks, LEADER);
    await phone.goto(journey.versionPath);
    const leaderPanel = phone.locator('section[aria-labelledby="signoff-heading"]');
    await leaderPanel.getByLabel('Ask for changes').check();
    await leaderPanel.getByRole('button', { name: 'Send decision' }).click();
    await expect(leaderPanel.locator('.nhsuk-error-summary')).toContainText('Say what should change: the team needs a comment to act on');
    await checks.check(phone);
    await leaderPanel.getByLabel('Approve this version').check();
    await leaderPanel.getByRole('button', { name: 'Send decision' }).click();
    await expect(leaderPanel.getByRole('listitem').filter({ hasText: LEADER.name })).toContainText(/Approved/);
    const pdf = Buffer.from(await (await phone.request.get(`/api/v1/document-versions/${journey.versionId}/outputs/pdf`)).body());
    const changed = Buffer.from(pdf);
    changed[100] = changed[100]! ^ 1;
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checks.check(phone);
    journey.number = journey.number || 0;
    // The check-a-file form appears once signed off; it is exercised after the second approval below.
    Object.assign(journey, { pdf: pdf.toString('base64'), changed: changed.toString('base64') });
  });
});

test('the Chief Nurse approves by keyboard; the team publishes; the public page works without JavaScript', async ({ page, checks, openBrowser }) => {
  await test.step('the second approval, by keyboard alone, signs the version off', async () => {
    await signInToDemoStrategy(page, checks, NURSE);
    await page.goto(journey.versionPath);
    const panel = page.locator('section[aria-labelledby="signoff-heading"]');
    await panel.getByLabel('Approve this version').focus();
    await page.keyboard.press('Space');
    await panel.getByRole('button', { name: 'Send decision' }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { name: /^Signed off on \d{1,2} \w+ \d{4}$/ })).toBeVisible();
    const { pdf, changed } = journey as unknown as { pdf: string; changed: string };
    await panel.getByLabel('File to check').setInputFiles({ name: 'strategy.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf, 'base64') });
    await panel.getByRole('button', { name: 'Check the file' }).click();
    await expect(panel).toContainText('It matches');
    await panel.getByLabel('File to check').setInputFiles({ name: 'strategy.pdf', mimeType: 'application/pdf', buffer: Buffer.from(changed, 'base64') });
    await panel.getByRole('button', { name: 'Check the file' }).click();
    await expect(panel).toContainText('It does not match');
    await checks.check(page);
  });

  let address = '';
  await test.step('the team publishes it, and is shown its public address', async () => {
    const team = await openBrowser();
    await signInToDemoStrategy(team, checks, DEMO_STRATEGY);
    await team.goto(journey.versionPath);
    await team.getByRole('button', { name: /^Publish version \d+$/ }).click();
    const published = team.locator('section[aria-labelledby="publish-heading"]');
    await expect(published).toContainText('Anyone can read this version, without signing in, at');
    address = new URL((await published.getByRole('link').first().getAttribute('href'))!).pathname;
    await checks.check(team);
  });

  await test.step('a reader with JavaScript off reads the contents and a section; both pass axe', async () => {
    const reader = await openBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    await reader.goto(address);
    await expect(reader.getByRole('heading', { level: 1 })).toContainText('Digital strategy');
    await expect(reader.getByRole('link', { name: 'PDF (tagged for screen readers)' })).toBeVisible();
    await checks.check(reader);
    await reader.getByRole('link', { name: 'Our priorities' }).first().click();
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Our priorities');
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checks.check(reader);
  });
});
