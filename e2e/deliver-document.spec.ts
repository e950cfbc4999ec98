import { createHash } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { signInToDemoStrategy } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { tabTo } from './support/keyboard.js';
import { DEMO_STRATEGY, uniqueId } from './support/people.js';

/**
 * Deliver, the strategy document, in the demo trust: the strategy team composes the document
 * (hiding a section and moving another by keyboard alone, adding a section of its own whose
 * planted markup stays text), freezes a version whose PDF is byte for byte the one whose SHA-256
 * the page shows, changes the foreword and sees the change against the frozen version; and the
 * composer fits a phone. The demo server is shared and runs repeat, so every text is unique and
 * no version number or section state is assumed: each is read from the page. Axe on every page.
 */
const HIDDEN = 'Our partnership with staff';
const MOVED = 'Roadmap';

const previewTitles = (page: Page) => page.locator('section[aria-labelledby="preview-heading"] .chorus-document__section > h2').allTextContents();
const sectionItem = (page: Page, title: string): Locator =>
  page.locator('.chorus-document-layout__item').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^\\d+\\. ${title}$`) }) });

/** The composer's sections in order, with whether each is shown. */
const composerOrder = (page: Page) =>
  page.locator('.chorus-document-layout__item').evaluateAll((items) =>
    items.map((item) => ({
      title: (item.querySelector('h3')?.textContent ?? '').replace(/^\d+\. /, ''),
      shown: (item.querySelector('input[type="checkbox"]') as HTMLInputElement).checked,
    })),
  );

/** From the strategy's overview (checked) to the composer through the Deliver section's link. */
async function openComposer(page: Page, checks: { check(page: Page): Promise<void> }, strategy: string) {
  await page.goto(strategy);
  await expect(page.getByRole('link', { name: 'Strategy document' })).toBeVisible();
  await checks.check(page);
  await page.getByRole('link', { name: 'Strategy document' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategy document');
  await expect(page.locator('section[aria-labelledby="preview-heading"]')).toBeVisible();
}

// Axe takes several seconds on a page this long, so each page is checked once in the state that
// shows the most (the composer after every change, the version page with its comparison open).
test('the team composes the document by keyboard: a section hidden, another moved, one written', async ({ page, checks }) => {
  const id = uniqueId();
  const freeTitle = `Working with our neighbours ${id}`;
  page.on('dialog', (dialog) => {
    throw new Error(`A script ran and opened a dialog: ${dialog.message()}`);
  });
  const strategy = await signInToDemoStrategy(page, checks, DEMO_STRATEGY);
  await openComposer(page, checks, strategy);

  await test.step('a section is hidden with the keyboard alone, and leaves the preview', async () => {
    const show = page.getByRole('checkbox', { name: `Show in the document – ${HIDDEN}` });
    if (!(await show.isChecked())) {
      // A repeated run finds it hidden already: show it first, by keyboard too.
      await tabTo(page, show, { max: 200 });
      await page.keyboard.press('Space');
      await expect(page.locator('[role="status"]').filter({ hasText: `${HIDDEN} is shown in the document.` })).toBeAttached();
      await expect.poll(() => previewTitles(page)).toContain(HIDDEN);
    }
    await tabTo(page, show, { max: 200 });
    await page.keyboard.press('Space');
    await expect(show).not.toBeChecked();
    await expect(show).toBeFocused();
    await expect(page.locator('[role="status"]').filter({ hasText: `${HIDDEN} is hidden: it will not be in the document.` })).toBeAttached();
    await expect.poll(() => previewTitles(page)).not.toContain(HIDDEN);
  });

  await test.step('another section is moved with the keyboard alone; focus stays on it and the preview follows', async () => {
    const before = await composerOrder(page);
    const index = before.findIndex((s) => s.title === MOVED);
    expect(index).toBeGreaterThanOrEqual(0);
    // Move it past a shown neighbour, so the preview's order must change.
    const up = index > 0 && before[index - 1]!.shown;
    const button = page.getByRole('button', { name: `${up ? 'Move up' : 'Move down'} ${MOVED}`, exact: true });
    const shownBefore = await previewTitles(page);
    await tabTo(page, button, { max: 200 });
    await page.keyboard.press('Enter');
    const position = index + (up ? 0 : 2);
    await expect(page.locator('[role="status"]').filter({ hasText: `${MOVED} moved to position ${position} of ${before.length}.` })).toBeAttached();
    // Focus stays with the moved section: on the same button, or its partner at either end.
    await expect(sectionItem(page, MOVED).locator('button:focus')).toHaveCount(1);
    const after = await composerOrder(page);
    expect(after.findIndex((s) => s.title === MOVED)).toBe(position - 1);
    const expected = after.filter((s) => s.shown).map((s) => s.title);
    expect(expected).not.toEqual(shownBefore);
    await expect.poll(() => previewTitles(page)).toEqual(expected);
  });

  await test.step('a section of the team’s own: planted markup stays text, Markdown bold is bold', async () => {
    const form = page.getByRole('form', { name: 'Add a section' });
    await form.getByLabel('Section title').fill(freeTitle);
    await form.getByLabel('What the section says').fill(`<script>alert(1)</script> **bold ${id}** and <b>not bold</b>`);
    await form.getByRole('button', { name: 'Add the section' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `“${freeTitle}” has been added` })).toBeVisible();
    const section = page.locator('section[aria-labelledby="preview-heading"] section').filter({ has: page.getByRole('heading', { level: 2, name: freeTitle }) });
    await expect(section).toContainText('<script>alert(1)</script>');
    await expect(section.locator('strong')).toHaveText(`bold ${id}`);
    await expect(section.locator('script, b')).toHaveCount(0);
    await expect(sectionItem(page, freeTitle)).toContainText('Written by the team');
    await checks.check(page);
  });
});

test('the team freezes a version, checks its PDF, changes the foreword and compares the version with the draft', async ({ page, checks }) => {
  const id = uniqueId();
  const foreword = `A foreword rewritten for the board ${id}.`;
  const strategy = await signInToDemoStrategy(page, checks, DEMO_STRATEGY);
  await page.goto(`${strategy}/document`);
  await expect(page.locator('section[aria-labelledby="preview-heading"]')).toBeVisible();
  await checks.check(page);

  let versionNumber = 0;
  await test.step('freezing a version makes four downloads; the PDF is the file whose SHA-256 is shown', async () => {
    const freeze = page.getByRole('button', { name: /^Freeze version \d+$/ });
    versionNumber = Number((await freeze.textContent())!.replace(/\D+/g, ''));
    await page.getByLabel('What changed since the last version (optional)').fill(`Ready for the board ${id}`);
    await freeze.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Version ${versionNumber} of`, { timeout: 30_000 });
    await expect(page.getByRole('alert').filter({ hasText: `Version ${versionNumber} has been frozen` })).toBeVisible();
    await expect(page.getByText(`Ready for the board ${id}`)).toBeVisible();
    const downloads = page.locator('section[aria-labelledby="downloads-heading"] a[download]');
    await expect(downloads).toHaveCount(4);
    const pdf = page.locator('.chorus-document-downloads__item').filter({ hasText: 'PDF (tagged for screen readers)' });
    const shown = await pdf.locator('[data-sha256]').textContent();
    const response = await page.request.get((await pdf.locator('a[download]').getAttribute('href'))!);
    expect(response.ok()).toBe(true);
    const bytes = await response.body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(shown?.trim());
    await pdf.getByText('Check this file').click();
    await expect(pdf.locator('[data-sha256]')).toBeVisible();
    await expect(page.locator('section[aria-labelledby="version-document-heading"] .chorus-document__section').first()).toBeVisible();
  });

  await test.step('the foreword changes; compared with the draft, the version shows the new line as added', async () => {
    await page.getByRole('link', { name: 'Back to the strategy document' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategy document');
    await page.getByRole('textbox', { name: 'Foreword', exact: true }).fill(foreword);
    await page.getByRole('button', { name: 'Save the title and texts' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'have been saved' })).toBeVisible();
    await page.getByRole('link', { name: `Version ${versionNumber}`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Version ${versionNumber} of`);
    await page.getByLabel(`Compare version ${versionNumber} with`).selectOption({ label: 'The current draft' });
    const added = page.locator('section[aria-labelledby="compare-heading"] ins').filter({ hasText: foreword });
    await expect(added).toHaveCount(1);
    await expect(added).toContainText('Added:');
    await expect(page.locator('section[aria-labelledby="compare-heading"] h3').filter({ hasText: 'Foreword' })).toContainText('Changed');
    await checks.check(page);
  });
});

test('the composer fits a 360 px phone without sideways scrolling', async ({ checks, openBrowser }) => {
  const phone = await openBrowser({ viewport: { width: 360, height: 740 } });
  const strategy = await signInToDemoStrategy(phone, checks, DEMO_STRATEGY);
  await phone.goto(`${strategy}/document`);
  await expect(phone.locator('section[aria-labelledby="preview-heading"]')).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await checks.check(phone);
});
