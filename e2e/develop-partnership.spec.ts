import { request, type Locator, type Page } from '@playwright/test';
import { signInByApi } from './support/api.js';
import { signInAsDemo } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { FormClient, type FormChoices } from './support/form-client.js';
import type { PageChecks } from './support/page-checks.js';
import { DEMO_STRATEGY } from './support/people.js';
import { expectNoSidewaysScroll } from './support/phone.js';

/**
 * The staff partnership in the demo trust, end to end: the strategy team drafts the next version
 * from the agreed one (a commitment added to each list, one reworded) and puts it to staff; 20
 * staff say of each commitment "Yes, this is right" or "Not quite" through the survey's open
 * link (19 through the very forms a browser without JavaScript sends, one on a phone with
 * JavaScript off); the team then sees what staff said, commitment by commitment and by staff
 * group, with the groups smaller than the demo's minimum of 10 hidden. Three tests in order,
 * each with its own time.
 */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const EXPECT = 'What staff can expect from the digital team';
const ASK = 'What the digital team asks of staff';
const STAFF_GROUP = 'Which staff group do you belong to?';
const YES = 'Yes, this is right';
const NOT_QUITE = 'Not quite';
const COMMENT = 'What would make it right? (optional)';
const HIDDEN = 'Hidden to protect anonymity';
const NURSING = 'Nursing and Midwifery Registered';
const ADMIN = 'Administrative and Clerical';
const AHP = 'Allied Health Professionals';
const MEDICAL = 'Medical and Dental';
const REWORDED_FROM = 'Give an hour a quarter to test a change before it goes live in your area';

const stamp = Date.now();
/** Added to what staff can expect: the nurses say yes, everyone else "not quite". */
const ADDED_EXPECT = `We will answer every call about a clinical system within one working day (${stamp})`;
/** Added to what the team asks: everyone says yes. */
const ADDED_ASK = `Tell your digital champion when a workaround becomes a habit (${stamp})`;
/** Reworded: only the member of staff on the phone says "not quite", so that one answer stays hidden. */
const REWORDED = `Give an hour a quarter, in work time, to test a change before it goes live in your area (${stamp})`;
const PHONE_COMMENTS = new Map([
  [ADDED_EXPECT, 'A day is too long on a night shift: an hour, please.'],
  [REWORDED, 'Only if the rota gives us the hour.'],
]);
const phoneComment = (commitment: string) => PHONE_COMMENTS.get(commitment) ?? '';

/** Who answers: 19 by plain form posts, and one more Allied Health Professional on the phone. */
const FORM_STAFF = [
  ...Array.from({ length: 10 }, () => NURSING),
  ...Array.from({ length: 5 }, () => ADMIN),
  ...Array.from({ length: 3 }, () => AHP),
  MEDICAL,
];

const journey = { partnershipPath: '', openLink: '', version: 0, lists: { expect: [] as string[], ask: [] as string[] } };
const versionTitle = () => `Our staff partnership — version ${journey.version}`;

test.describe.configure({ mode: 'serial' });

test('the strategy team drafts the next version of the partnership and puts it to staff', async ({ page, checks }) => {
  await test.step('from the demo strategy to its staff partnership', async () => {
    await signInAsDemo(page, checks, DEMO_STRATEGY);
    await page.getByRole('link', { name: /Digital Strategy 2026/ }).first().click();
    await expect(heading(page)).toContainText('Digital Strategy 2026');
    await checks.check(page);
    await page.getByRole('link', { name: 'Staff partnership', exact: true }).click();
    await expect(heading(page)).toContainText('Staff partnership');
    await expect(page.getByRole('heading', { level: 2, name: /^Version \d+ Agreed$/ })).toBeVisible();
    await checks.check(page);
    journey.partnershipPath = new URL(page.url()).pathname;
  });

  await test.step('start a draft from the agreed version', async () => {
    await page.getByRole('button', { name: 'Start a new draft from the latest version' }).click();
    const started = page.getByText(/^Version \d+ started as a copy of version \d+\.$/);
    await expect(started).toBeVisible();
    journey.version = Number((await started.innerText()).match(/^Version (\d+)/)![1]);
    await expect(page.getByRole('heading', { level: 2, name: `Version ${journey.version} Draft` })).toBeVisible();
    await expect(page.getByRole('region', { name: ASK })).toContainText(REWORDED_FROM);
  });

  const add = async (list: string, text: string) => {
    const region = page.getByRole('region', { name: list });
    await region.getByRole('button', { name: `Add a commitment to ${list.toLowerCase()}` }).click();
    const form = region.getByRole('form', { name: `Add a commitment: ${list}` });
    await form.getByRole('textbox', { name: 'New commitment' }).fill(text);
    return form;
  };

  await test.step('add a commitment to each list', async () => {
    const form = await add(EXPECT, ADDED_EXPECT);
    await checks.check(page);
    await form.getByRole('button', { name: 'Add the commitment' }).click();
    await expect(page.getByText('Commitment added.')).toBeVisible();
    await expect(page.getByRole('region', { name: EXPECT }).getByText(ADDED_EXPECT, { exact: true })).toBeVisible();
    await (await add(ASK, ADDED_ASK)).getByRole('button', { name: 'Add the commitment' }).click();
    await expect(page.getByRole('region', { name: ASK }).getByText(ADDED_ASK, { exact: true })).toBeVisible();
  });

  await test.step('reword a commitment copied from the agreed version', async () => {
    const region = page.getByRole('region', { name: ASK });
    await region.getByRole('button', { name: `Edit: ${REWORDED_FROM}` }).click();
    const form = region.getByRole('form', { name: 'Edit the commitment' });
    await form.getByRole('textbox', { name: 'Commitment', exact: true }).fill(REWORDED);
    await expect(form.getByRole('radio', { name: ASK })).toBeChecked();
    await checks.check(page);
    await form.getByRole('button', { name: 'Save the commitment' }).click();
    await expect(page.getByText('Commitment saved.')).toBeVisible();
    await expect(region.getByText(REWORDED, { exact: true })).toBeVisible();
    await expect(region.getByText(REWORDED_FROM, { exact: true })).toHaveCount(0);
    const texts = (list: string) => page.getByRole('region', { name: list }).locator('li.chorus-partnership__commitment > p').allInnerTexts();
    journey.lists = { expect: await texts(EXPECT), ask: await texts(ASK) };
    expect(journey.lists.expect).toContain(ADDED_EXPECT);
    expect(journey.lists.ask).toEqual(expect.arrayContaining([ADDED_ASK, REWORDED]));
  });

  await test.step('put it to staff: the survey opens at an open link', async () => {
    await page.getByRole('button', { name: 'Put it to staff', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Put this version to staff?' });
    await expect(dialog).toBeVisible();
    await checks.check(page);
    await dialog.getByRole('button', { name: 'Open the survey' }).click();
    await expect(page.getByText(`Version ${journey.version} is open to staff.`, { exact: false })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: `Version ${journey.version} Put to staff` })).toBeVisible();
    const staffSay = page.getByRole('region', { name: 'Staff’s say' });
    const link = staffSay.locator('p', { hasText: /^Open link:/ }).locator('.chorus-break-anywhere');
    await expect(link).toHaveText(/^http:\/\/localhost:\d+\/s\/\S+$/);
    journey.openLink = await link.innerText();
    await expect(staffSay.getByRole('link', { name: /^Share it with staff/ })).toBeVisible();
    // Published commitments are fixed: the draft's editing is gone.
    await expect(page.getByRole('button', { name: /^Edit: / })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'What staff said' })).toContainText('No answers yet.');
    await checks.check(page);
  });
});

/** Every commitment of a list answered "Yes", except where `notQuite` says otherwise. */
const answersFor = (list: string[], notQuite: readonly string[]) => Object.fromEntries(list.map((c) => [c, notQuite.includes(c) ? NOT_QUITE : YES]));

/** One member of staff through every page, with checks on what each page says. */
async function answerByForm(client: FormClient, staffGroup: string, n: number) {
  const other = staffGroup !== NURSING;
  const commented = staffGroup === ADMIN;
  let page = await client.open(journey.openLink);
  expect(page.heading).toBe(versionTitle());
  page = await client.press('Start now');
  expect(page.heading).toBe('About you');
  page = await client.press('Continue', { choose: { [STAFF_GROUP]: staffGroup } });
  expect([page.heading, page.errors]).toEqual([EXPECT, []]);
  const expectChoices: FormChoices = { choose: answersFor(journey.lists.expect, other ? [ADDED_EXPECT] : []) };
  if (commented) expectChoices.writeAfter = { [ADDED_EXPECT]: `Within the shift, not the working day (clerk ${n})` };
  page = await client.press('Continue', expectChoices);
  expect([page.heading, page.errors]).toEqual([ASK, []]);
  page = await client.press('Continue', { choose: answersFor(journey.lists.ask, []) });
  expect([page.heading, page.errors]).toEqual(['Check your answers before sending them', []]);
  page = await client.press('Submit your answers');
  expect(page.url).toMatch(/\/s\/\S+\/done$/);
  expect(page.heading).toBe('Thank you, your answers have been sent');
}

/** The one on a phone with JavaScript off: every page checked (axe on a copy), one error met on the way. */
async function answerOnPhone(phone: Page, checks: PageChecks) {
  const pageCheck = async () => {
    await checks.check(phone);
    await expectNoSidewaysScroll(phone);
  };
  const press = (name: string) => phone.getByRole('button', { name, exact: true }).click();
  const group = (legend: string) => phone.getByRole('group', { name: legend, exact: true });
  // The comment box has the same label under every commitment: it is the one after the commitment's radios.
  const commentAfter = (legend: string): Locator =>
    phone.locator('.nhsuk-form-group', { has: group(legend) }).locator('xpath=following-sibling::div[1]').getByRole('textbox', { name: COMMENT });
  const answer = async (list: string[], notQuite: string[], skip?: string) => {
    for (const commitment of list) {
      if (commitment === skip) continue;
      await group(commitment).getByRole('radio', { name: notQuite.includes(commitment) ? NOT_QUITE : YES, exact: true }).check();
      if (notQuite.includes(commitment)) await commentAfter(commitment).fill(phoneComment(commitment));
    }
  };

  await phone.goto(journey.openLink);
  await expect(heading(phone)).toHaveText(versionTitle());
  await expect(phone.getByText('This survey is anonymous.')).toBeVisible();
  await pageCheck();
  await press('Start now');

  await expect(heading(phone)).toHaveText('About you');
  await expect(phone.getByText('Section 1 of 3', { exact: true })).toBeVisible();
  await pageCheck();
  await group(STAFF_GROUP).getByRole('radio', { name: AHP, exact: true }).check();
  await press('Continue');

  await expect(heading(phone)).toHaveText(EXPECT);
  await expect(phone.getByText('Section 2 of 3', { exact: true })).toBeVisible();
  await pageCheck();
  // Every commitment needs an answer: the one left out is named, and the rest are kept.
  await answer(journey.lists.expect, [], ADDED_EXPECT);
  await press('Continue');
  const summary = phone.locator('.nhsuk-error-summary');
  await expect(summary.getByRole('link')).toHaveText([`${ADDED_EXPECT}: Select an answer`]);
  await expect(phone).toHaveTitle(/^Error: /);
  await expect(group(journey.lists.expect[0]!).getByRole('radio', { name: YES, exact: true })).toBeChecked();
  await pageCheck();
  await group(ADDED_EXPECT).getByRole('radio', { name: NOT_QUITE, exact: true }).check();
  await commentAfter(ADDED_EXPECT).fill(phoneComment(ADDED_EXPECT));
  await press('Continue');

  await expect(heading(phone)).toHaveText(ASK);
  await expect(phone.getByText('Section 3 of 3', { exact: true })).toBeVisible();
  await pageCheck();
  await answer(journey.lists.ask, [REWORDED]);
  await press('Continue');

  await expect(heading(phone)).toHaveText('Check your answers before sending them');
  const row = (question: string) => phone.locator('.nhsuk-summary-list__row').filter({ has: phone.getByText(question, { exact: true }) });
  await expect(row(ADDED_EXPECT)).toContainText(NOT_QUITE);
  await expect(row(ADDED_ASK)).toContainText(YES);
  await expect(row(REWORDED)).toContainText(NOT_QUITE);
  await expect(phone.getByText(phoneComment(REWORDED))).toBeVisible();
  await pageCheck();
  await press('Submit your answers');

  await expect(heading(phone)).toHaveText('Thank you, your answers have been sent');
  await pageCheck();
}

test('twenty staff say whether each commitment is right, one of them on a phone with JavaScript off', async ({ page, checks, openBrowser, baseURL }) => {
  expect(journey.openLink, 'the first test put the version to staff').not.toBe('');
  const origin = new URL(baseURL!).origin;
  const lanes = 3;
  await Promise.all([
    openBrowser({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false }).then((phone) => answerOnPhone(phone, checks)),
    // `page` never navigates: it only reads the HTML each person is served.
    ...Array.from({ length: lanes }, async (_, lane) => {
      for (const [n, staffGroup] of FORM_STAFF.entries()) {
        if (n % lanes !== lane) continue;
        // Each person a browser of their own, with nothing carried over from the one before.
        const api = await request.newContext({ baseURL });
        await answerByForm(new FormClient(api, page, origin), staffGroup, n);
        await api.dispose();
      }
    }),
  ]);
});

test('the strategy team sees what staff said, with the small staff groups hidden', async ({ page, checks }) => {
  await signInByApi(page, DEMO_STRATEGY);
  await page.goto(journey.partnershipPath);
  await expect(page.getByRole('heading', { level: 2, name: `Version ${journey.version} Put to staff` })).toBeVisible();
  const said = page.getByRole('region', { name: 'What staff said' });
  await expect(said.getByText(/staff answered\./)).toHaveText(
    '20 staff answered. Groups smaller than 10 are hidden, and sometimes another group too, so a hidden one cannot be worked out by subtraction.',
  );
  await expect(said).toContainText('Staff left 7 comments on what would make a commitment right.');
  const card = (commitment: string) => said.locator('.nhsuk-card').filter({ has: page.getByRole('heading', { level: 3, name: commitment, exact: true }) });
  const all = [...journey.lists.expect, ...journey.lists.ask];
  await expect(said.locator('.nhsuk-card')).toHaveCount(all.length);

  await test.step('each commitment: its answers add up to the 20 who answered', async () => {
    await expect(card(ADDED_EXPECT)).toContainText('Yes, this is right: 10 (50%). Not quite: 10 (50%).');
    await expect(card(ADDED_EXPECT)).toContainText('6 comments on what would make it right.');
    await expect(card(ADDED_ASK)).toContainText('Yes, this is right: 20 (100%). Not quite: 0 (0%).');
    for (const commitment of all.filter((c) => c !== ADDED_EXPECT && c !== REWORDED)) {
      await expect(card(commitment)).toContainText('Yes, this is right: 20 (100%). Not quite: 0 (0%).');
    }
    // One "not quite" is too few to show, and so is the 19 beside it (20 − 19 would give it away).
    await expect(card(REWORDED)).toContainText('Yes, this is right: hidden. Not quite: hidden.');
    await expect(card(REWORDED)).toContainText('1 comment on what would make it right.');
    await checks.check(page);
  });

  await test.step('by staff group: the nurses shown, the groups smaller than 10 hidden', async () => {
    // Each commitment's breakdown is folded under "By staff group"; open them all as a reader would.
    for (const commitment of all) await card(commitment).locator('summary').click();
    const rowsOf = (commitment: string) =>
      card(commitment)
        // Named for its commitment: "By staff group", and the commitment in words only a screen reader reads.
        .getByRole('table', { name: new RegExp(`^By staff group ?: ${commitment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));
    await expect(card(ADDED_EXPECT).getByRole('table').locator('tbody tr')).toHaveCount(4);
    const added = Object.fromEntries((await rowsOf(ADDED_EXPECT)).map((r) => [r[0], r.slice(1)]));
    expect(Object.keys(added).sort()).toEqual([ADMIN, AHP, MEDICAL, NURSING].sort());
    expect(added[NURSING]).toEqual(['10', '10 (100%)', '0 (0%)']);
    for (const small of [ADMIN, AHP, MEDICAL]) expect(added[small], small).toEqual([HIDDEN, HIDDEN, HIDDEN]);

    for (const commitment of all) {
      const rows = await rowsOf(commitment);
      expect(rows.length, commitment).toBe(4);
      for (const [group, ...figures] of rows) {
        for (const figure of figures) {
          // A figure is hidden, or a count of nobody, or a group of at least 10: never 1 to 9.
          const count = figure.match(/^\d+/)?.[0];
          if (count === undefined) expect(figure, `${group} on "${commitment}"`).toBe(HIDDEN);
          else expect(Number(count) === 0 || Number(count) >= 10, `${group} on "${commitment}": ${figure}`).toBe(true);
        }
      }
    }
    await expect(said.getByText(/^Hidden/).first()).toBeVisible();
  });
});
