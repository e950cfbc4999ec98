import { request, type Page } from '@playwright/test';
import type { ConsultationPage } from '../src/shared/contracts/consultation.js';
import { signInByApi } from './support/api.js';
import { signInToDemoStrategy } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { FormClient } from './support/form-client.js';
import type { PageChecks } from './support/page-checks.js';
import { DEMO_STRATEGY, uniqueId } from './support/people.js';
import { expectNoSidewaysScroll } from './support/phone.js';

/**
 * Deliver, the staff consultation, in the demo trust: the strategy team freezes a new version and
 * opens a consultation on it (a wrong closing date refused first); 20 staff say whether they
 * support its first section (19 through the very forms a browser without JavaScript sends, one on
 * a phone with JavaScript off who reads the section's page first); the team sees support with the
 * small groups hidden, replies to a comment in public and records what it did, and the reply shows
 * under the section. Axe on every page.
 */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const SUPPORT = 'Do you support this section? (optional)';
const STAFF_GROUP = 'Which staff group do you belong to?';
const NURSING = 'Nursing and Midwifery Registered';
const ADMIN = 'Administrative and Clerical';
const MEDICAL = 'Medical and Dental';
const AHP = 'Allied Health Professionals';
/** 10 nurses say yes; the other 10 (one more AHP on the phone) say partly: two groups of 10, each large enough to show. */
const FORM_STAFF = [...Array.from({ length: 10 }, () => NURSING), ...Array.from({ length: 5 }, () => ADMIN), AHP, AHP, AHP, MEDICAL];
const stamp = uniqueId();
const NURSE_COMMENT = (n: number) => `Say who owns each step of the discharge plan (nurse ${n}, ${stamp})`;
const PHONE_COMMENT = `Therapists need the same tablets as the wards (${stamp})`;
const REPLY = `Thank you: every initiative now names its owner (${stamp})`;

const journey = { consultationPath: '', api: '', surveyLink: '', readingLink: '', section: { key: '', title: '' }, version: 0 };

async function csrf(page: Page) {
  return ((await (await page.request.get('/api/v1/me')).json()) as { csrfToken: string }).csrfToken;
}

test.describe.configure({ mode: 'serial' });

test('the strategy team freezes a version and opens a consultation on it', async ({ page, checks }) => {
  const strategy = await signInToDemoStrategy(page, checks, DEMO_STRATEGY);
  const orgPath = strategy.replace(/\/strategies\/.*$/, '');
  const strategyId = strategy.split('/').at(-1)!;
  // The demo already has versions: a new one needs a change, as it would for a real team.
  const changed = await page.request.patch(`/api/v1/strategies/${strategyId}/document`, {
    data: { governance: `The executive team owns this strategy; the digital board reviews it monthly (${stamp}).` },
    headers: { 'X-CSRF-Token': await csrf(page) },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  const frozen = await page.request.post(`/api/v1/strategies/${strategyId}/document/versions`, {
    data: { changeNote: `For staff consultation (${stamp})` },
    headers: { 'X-CSRF-Token': await csrf(page) },
  });
  expect(frozen.status(), await frozen.text()).toBe(201);
  const version = (await frozen.json()) as { id: string; number: number };
  journey.version = version.number;
  journey.consultationPath = `${orgPath}/document-versions/${version.id}/consultation`;
  journey.api = `/api/v1/document-versions/${version.id}/consultation`;

  await page.goto(journey.consultationPath);
  await expect(heading(page)).toContainText(`Consultation on version ${version.number}`);
  const form = page.getByRole('form', { name: `Open a consultation on version ${version.number}` });
  await checks.check(page);

  await test.step('a closing date in the past is refused, naming the field', async () => {
    await form.getByLabel('Closing date').fill('2020-01-31');
    await form.getByRole('button', { name: 'Open the consultation' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('The closing date must be after today');
    await checks.check(page);
  });

  await test.step('four weeks on, anonymous: the consultation opens with its links', async () => {
    const inFourWeeks = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Closing date').fill(inFourWeeks);
    await expect(form.getByLabel('Answers are anonymous')).toBeChecked();
    await form.getByRole('button', { name: 'Open the consultation' }).click();
    await expect(page.getByText(`The consultation on version ${version.number} is open.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Open to staff' })).toBeVisible();
    const data = (await (await page.request.get(journey.api)).json()) as ConsultationPage;
    journey.surveyLink = data.consultation!.surveyLink!;
    journey.readingLink = data.consultation!.readingLink;
    journey.section = { key: data.consultation!.sections[0]!.key, title: data.consultation!.sections[0]!.title };
    await expect(page.getByText(journey.surveyLink)).toBeVisible();
    await expect(page.getByText(journey.readingLink)).toBeVisible();
    await expect(page.getByText('Staff left 0 comments.')).toBeVisible();
    await checks.check(page);
  });
});

/** One member of staff through every page: the group, the first section, every other section skipped. */
async function answerByForm(client: FormClient, staffGroup: string, n: number) {
  let served = await client.open(journey.surveyLink);
  expect(served.heading).toMatch(/^Have your say: .+, version \d+$/);
  served = await client.press('Start now');
  expect(served.heading).toBe('About you');
  served = await client.press('Continue', { choose: { [STAFF_GROUP]: staffGroup } });
  expect([served.heading, served.errors]).toEqual([journey.section.title, []]);
  const nurse = staffGroup === NURSING;
  served = await client.press('Continue', {
    choose: { [SUPPORT]: nurse ? 'Yes' : 'Partly' },
    ...(nurse && n < 3 ? { writeAfter: { [SUPPORT]: NURSE_COMMENT(n) } } : {}),
  });
  for (let step = 0; step < 20 && served.heading !== 'Check your answers before sending them'; step += 1) {
    expect(served.errors).toEqual([]);
    served = await client.press('Continue');
  }
  served = await client.press('Submit your answers');
  expect(served.heading).toBe('Thank you, your answers have been sent');
}

/** The one on a phone with JavaScript off: the section's page first, then the survey from its link. */
async function answerOnPhone(phone: Page, checks: PageChecks) {
  const pageCheck = async () => {
    await checks.check(phone);
    await expectNoSidewaysScroll(phone);
  };
  await phone.goto(`${journey.readingLink}/${journey.section.key}`);
  await expect(heading(phone)).toHaveText(journey.section.title);
  await expect(phone.getByText(/^This is a draft for consultation \(version \d+\)\. Have your say by \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
  await pageCheck();
  await phone.getByRole('link', { name: 'Comment on this draft' }).click();
  await expect(heading(phone)).toHaveText(/^Have your say: /);
  await pageCheck();
  await phone.getByRole('button', { name: 'Start now', exact: true }).click();
  await expect(heading(phone)).toHaveText('About you');
  await phone.getByRole('group', { name: STAFF_GROUP, exact: true }).getByRole('radio', { name: AHP, exact: true }).check();
  await pageCheck();
  await phone.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(heading(phone)).toHaveText(journey.section.title);
  await phone.getByRole('group', { name: SUPPORT }).getByRole('radio', { name: 'Partly', exact: true }).check();
  await phone.getByRole('textbox', { name: 'Your comment (optional)' }).fill(PHONE_COMMENT);
  await pageCheck();
  await phone.getByRole('button', { name: 'Continue', exact: true }).click();
  // Every other section skipped, each page still checked.
  for (let step = 0; step < 20 && (await heading(phone).innerText()) !== 'Check your answers before sending them'; step += 1) {
    await pageCheck();
    await phone.getByRole('button', { name: 'Continue', exact: true }).click();
  }
  await expect(phone.getByText(PHONE_COMMENT)).toBeVisible();
  await pageCheck();
  await phone.getByRole('button', { name: 'Submit your answers' }).click();
  await expect(heading(phone)).toHaveText('Thank you, your answers have been sent');
  await pageCheck();
}

test('twenty staff say whether they support the first section, one on a phone with JavaScript off', async ({ page, checks, openBrowser, baseURL }) => {
  expect(journey.surveyLink, 'the first test opened the consultation').not.toBe('');
  const origin = new URL(baseURL!).origin;
  const lanes = 4;
  await Promise.all([
    openBrowser({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false }).then((phone) => answerOnPhone(phone, checks)),
    ...Array.from({ length: lanes }, async (_, lane) => {
      for (const [n, staffGroup] of FORM_STAFF.entries()) {
        if (n % lanes !== lane) continue;
        const api = await request.newContext({ baseURL });
        await answerByForm(new FormClient(api, page, origin), staffGroup, n);
        await api.dispose();
      }
    }),
  ]);
});

test('the team sees support with small groups hidden, replies to a comment and records what it did', async ({ page, checks }) => {
  await signInByApi(page, DEMO_STRATEGY);
  await page.goto(journey.consultationPath);
  await expect(heading(page)).toContainText(`Consultation on version ${journey.version}`);
  await expect(page.getByText(/staff answered\./)).toContainText('20 staff answered.');
  const table = page.getByRole('table', { name: 'Support for each section' });
  const first = table.getByRole('row').nth(1);
  await expect(first).toContainText(journey.section.title);
  // Each cell carries its column's heading for phones (the NHS.UK responsive table).
  await expect(first.getByRole('cell')).toHaveText([new RegExp(journey.section.title), /Yes\s*10 \(50%\)$/, /Partly\s*10 \(50%\)$/, /No\s*0 \(0%\)$/]);
  await expect(page.getByText('Staff left 4 comments.')).toBeVisible();
  await checks.check(page);

  const card = page.locator('li.chorus-consultation__comment', { hasText: PHONE_COMMENT });
  await test.step('an empty reply is refused; a reply is saved and shown', async () => {
    const reply = card.getByRole('form', { name: /^Reply: / });
    await reply.getByRole('button', { name: 'Reply' }).click();
    await expect(reply.locator('.nhsuk-error-summary')).toContainText('Enter your reply');
    await checks.check(page);
    await reply.getByLabel('Your public reply').fill(REPLY);
    await reply.getByRole('button', { name: 'Reply' }).click();
    await expect(page.getByText('Reply saved. Staff see it under the section on the draft’s pages.')).toBeVisible();
    await expect(card).toContainText(`We replied on`);
    await expect(card).toContainText(REPLY);
  });

  await test.step('"not changed" needs a reason; with one it is recorded', async () => {
    const handling = card.getByRole('form', { name: /^What we did: / });
    await handling.getByLabel('We did not change the text').check();
    await handling.getByRole('button', { name: 'Record what we did' }).click();
    await expect(handling.locator('.nhsuk-error-summary')).toContainText('Enter the reason the text did not change');
    await checks.check(page);
    await handling.getByLabel('Why not?').fill('Tablets are bought by each division, not in this strategy.');
    await handling.getByRole('button', { name: 'Record what we did' }).click();
    await expect(page.getByText('What you did with the comment is recorded.')).toBeVisible();
    await expect(card).toContainText('We did not change the text. Tablets are bought by each division, not in this strategy.');
    await checks.check(page);
  });

  await test.step('by staff group: the 10 nurses shown, the groups smaller than 10 hidden', async () => {
    await page.locator('summary', { hasText: `By staff group: ${journey.section.title}` }).click();
    const groups = page.getByRole('table', { name: `By staff group: ${journey.section.title}` });
    await expect(groups.getByRole('row', { name: new RegExp(MEDICAL) })).toContainText('Hidden');
    await expect(groups.getByRole('row', { name: new RegExp(NURSING) }).getByRole('cell')).toHaveText([new RegExp(NURSING), /Answered\s*10$/, /Yes\s*10 \(100%\)$/, /Partly\s*0 \(0%\)$/, /No\s*0 \(0%\)$/]);
    for (const small of [ADMIN, AHP]) await expect(groups.getByRole('row', { name: new RegExp(small) })).toContainText('Hidden');
    await checks.check(page);
  });

  await test.step('the reply is under the section on the draft’s pages', async () => {
    await page.goto(`${journey.readingLink}/${journey.section.key}`);
    const replies = page.getByRole('region', { name: 'You said, we replied' });
    await expect(replies).toContainText(PHONE_COMMENT);
    await expect(replies).toContainText(REPLY);
    await checks.check(page);
  });
});
