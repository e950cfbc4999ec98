import { signInAsDemo } from './support/demo.js';
import { moveCardByKeyboard } from './support/define.js';
import { expect, test } from './support/fixtures.js';
import { activate, tabTo, typeInto } from './support/keyboard.js';
import { uniqueId } from './support/people.js';

/**
 * Define, the affinity board: on the demo, the team puts a search's evidence on the board, adds a
 * cluster and moves two cards into it with the keyboard alone (each move announced, focus
 * following the card) and a third with the mouse, makes the cluster an insight and sees its
 * strength; then the board with every survey answer on it (several hundred cards) is opened once
 * and how long it took to draw is recorded (not asserted).
 */
test('evidence is sorted into a cluster by keyboard and the cluster becomes an insight', async ({ page, checks }) => {
  const orgPath = await signInAsDemo(page, checks);
  const orgId = orgPath.split('/')[2]!;
  const strategyId: string = (await (await page.request.get(`/api/v1/orgs/${orgId}/strategies`)).json()).strategies[0].id;
  const id = uniqueId();
  const name = `Staff lose time to the rota system ${id}`;

  await page.goto(`/orgs/${orgId}/strategies/${strategyId}/evidence?q=rota`);
  const put = page.getByRole('button', { name: /^Put these .* on the board$/ });
  await expect(put).toBeVisible();
  await checks.check(page);
  await put.click();
  await expect(page.getByRole('status').filter({ hasText: /on the board\./ })).toBeVisible();
  await page.getByRole('link', { name: 'Open the board' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Affinity board');
  await checks.check(page);

  await typeInto(page, page.getByLabel('New cluster'), name);
  await activate(page, page.getByRole('button', { name: 'Add the cluster' }));
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(name) })).toBeVisible();

  const unsorted = page.getByRole('list', { name: 'Cards in Unsorted' });
  const cluster = page.getByRole('list', { name: `Cards in ${name}` });
  // The first card is just after the form; after that, focus is on the moved card in the new
  // (last) cluster, so the next is the nearest unsorted card, the last one drawn.
  for (const moved of [1, 2]) await moveCardByKeyboard(page, name, moved);
  await checks.check(page);

  // And once with the mouse: a third card dragged onto the cluster.
  const third = unsorted.locator('> li').first();
  const thirdText = ((await third.locator('.chorus-board-card__text').textContent()) ?? '').slice(0, 30);
  // The drag starts on the card before anything scrolls: with the demo's long unsorted pile, a
  // drag that scrolled to the cluster first would pick up whichever card was under the pointer.
  await third.scrollIntoViewIfNeeded();
  const box = (await third.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + 30);
  await cluster.hover();
  await page.mouse.up();
  await expect(cluster.locator('> li')).toHaveCount(3);
  await expect(cluster).toContainText(thirdText);

  // Focus is on the dragged card; the cluster's own controls sit just above its cards.
  await activate(page, page.getByRole('button', { name: new RegExp(`^Make this an insight\\s*\\(the cluster ${name}\\)$`) }), { backwards: true });
  // The demo board mixes sticky notes and survey answers, so the kinds of source vary with the cards.
  await expect(page.getByText(/Strength: \w+, 3 pieces of evidence from [12] kinds? of source/)).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await checks.check(page);

  // 500 cards: whatever the library holds, up to the limit, then the board opened once and timed.
  const csrf: string = (await (await page.request.get('/api/v1/me')).json()).csrfToken;
  const added = await page.request.post(`/api/v1/strategies/${strategyId}/board/cards`, { data: { filter: { source: ['survey_answer'] } }, headers: { 'x-csrf-token': csrf } });
  const board = await (await page.request.get(`/api/v1/strategies/${strategyId}/board`)).json();
  const started = Date.now();
  await page.goto(`/orgs/${orgId}/strategies/${strategyId}/board`);
  await expect(unsorted.locator('> li').first()).toBeVisible();
  const drawn = `${board.totalCards} cards (add: ${added.status()}) drawn in ${Date.now() - started} ms`;
  test.info().annotations.push({ type: 'board render', description: drawn });
  console.log(`board render: ${drawn}`);
  await tabTo(page, unsorted.locator('> li').first().getByRole('button', { name: /^Actions/ }));
});
