import { readFile } from 'node:fs/promises';
import { DEMO_LEADER, moveCardByKeyboard, signInByKeyboard } from './support/define.js';
import { expect, test } from './support/fixtures.js';
import { activate, tabTo, typeInto } from './support/keyboard.js';
import { uniqueId } from './support/people.js';

/**
 * Define with the keyboard alone, second half (the mouse pass is define-board and define-playback),
 * in two tests run in order: the team puts a search's evidence on the affinity board, moves two
 * cards into a new cluster, makes the cluster an insight, reads its strength and shares the
 * playback; then a senior leader reacts to that very insight and downloads the Word document.
 */
test.describe.configure({ mode: 'serial' });
// The insight the first test makes, which the senior leader reacts to in the second.
const name = `Rota tools cost ward time ${uniqueId()}`;

test('a cluster becomes an insight and the playback is shared, with the keyboard alone', async ({ page, checks }) => {
  test.setTimeout(150_000);
  const { orgPath, strategyId } = await signInByKeyboard(page, checks);

  await test.step('put a search on the board and open it', async () => {
    await page.goto(`${orgPath}/strategies/${strategyId}/evidence?q=rota`);
    await expect(page.locator('.chorus-evidence-card').first()).toBeVisible();
    await checks.check(page);
    await activate(page, page.getByRole('button', { name: /^Put these .* on the board$/ }), { max: 200 });
    await expect(page.getByRole('status').filter({ hasText: /on the board\./ })).toBeVisible();
    await activate(page, page.getByRole('link', { name: 'Open the board' }), { max: 20 });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Affinity board');
    await checks.check(page);
  });

  await test.step('a new cluster, and two cards moved into it by keyboard', async () => {
    await typeInto(page, page.getByLabel('New cluster'), name);
    await activate(page, page.getByRole('button', { name: 'Add the cluster' }));
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(name) })).toBeVisible();
    for (const moved of [1, 2]) await moveCardByKeyboard(page, name, moved);
    await checks.check(page);
  });

  await test.step('the cluster becomes an insight, with its strength', async () => {
    await activate(page, page.getByRole('button', { name: new RegExp(`^Make this an insight\\s*\\(the cluster ${name}\\)$`) }), { backwards: true });
    await expect(page.getByText(/Strength: \w+, 2 pieces of evidence from [12] kinds? of source/)).toBeVisible();
    // Focus moves to the insight's new link (the button that made it is gone).
    await expect(page.getByRole('link', { name })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    await expect(page.getByRole('heading', { level: 2, name: /^Strength: (Strong|Moderate|Emerging)$/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Evidence (2)' })).toBeVisible();
    await checks.check(page);
  });

  await test.step('the playback is shared with senior leaders', async () => {
    await page.goto(`${orgPath}/strategies/${strategyId}`);
    await expect(page.getByRole('link', { name: 'Playback to leaders' })).toBeVisible();
    await checks.check(page);
    await activate(page, page.getByRole('link', { name: 'Playback to leaders' }), { max: 200 });
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(name) })).toBeVisible();
    const share = page.getByRole('button', { name: 'Share with senior leaders' });
    if (await share.isVisible()) await activate(page, share, { max: 100 });
    await expect(page.getByRole('button', { name: 'Stop sharing' })).toBeVisible();
    await checks.check(page);
  });
});

test('a senior leader reacts to that insight and downloads the Word document, with the keyboard alone', async ({ page: leader, checks }) => {
  test.setTimeout(150_000);
  await signInByKeyboard(leader, checks, DEMO_LEADER);
  await expect(leader.getByRole('heading', { level: 2, name: 'Playbacks for your reaction' })).toBeVisible();
  await activate(leader, leader.getByRole('link', { name: /what we heard$/ }).first(), { max: 60 });
  await expect(leader.getByRole('heading', { level: 1 })).toContainText('Playback to leaders');
  await checks.check(leader);
  // The newest insight is the weakest, so it comes last: the list of insights jumps to it.
  await activate(leader, leader.getByRole('navigation', { name: 'The insights' }).getByRole('link', { name }), { max: 100 });
  const form = leader.getByRole('form', { name: `Your reaction to: ${name}` });
  // Tab lands on the group's first radio; the arrow keys choose within it.
  await tabTo(leader, form.getByRole('radio').first(), { max: 20 });
  for (let i = 0; i < 3 && !(await form.getByLabel('This surprises me').isChecked()); i++) await leader.keyboard.press('ArrowDown');
  await expect(form.getByLabel('This surprises me')).toBeChecked();
  await typeInto(leader, form.getByLabel('Comment (optional)'), 'We changed the rota tool in March');
  await activate(leader, form.getByRole('button', { name: 'Save your reaction' }));
  await expect(form.getByText('Saved: this surprises me.')).toBeVisible();
  await checks.check(leader);

  await expect(leader.getByText(/^You have reacted to [1-9]\d* of \d+ insights?\.$/)).toBeVisible();
  await tabTo(leader, leader.getByRole('link', { name: /Download as Word/ }), { backwards: true, max: 400 });
  const [download] = await Promise.all([leader.waitForEvent('download'), leader.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('playback.docx');
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  // The document is compressed; its insight text is checked by the server's LibreOffice test.
  expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
});
