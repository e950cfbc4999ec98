import { selectPassageByKeyboard, signInByKeyboard } from './support/define.js';
import { expect, test } from './support/fixtures.js';
import { activate, chooseWithArrows, tabTo } from './support/keyboard.js';
import { uniqueId } from './support/people.js';
import { resultCard } from './support/results.js';

const QUESTION = 'What digital tools or ways of working help you most?';

/**
 * Define with the keyboard alone, first half (the mouse pass is define-themes and
 * define-excerpts): on the demo, theme suggestion runs on a survey's free-text question, two
 * themes are accepted as tags under names of their own, and a passage of a leader interview is cut
 * as an excerpt and tagged with one of them. Tab to move, type to fill in, Enter and Space to act,
 * arrow keys for selects; axe on every page.
 */
test('themes become tags and an interview excerpt is tagged, with the keyboard alone', async ({ page, checks }) => {
  const { orgPath, strategyId } = await signInByKeyboard(page, checks);
  const surveys = await (await page.request.get(`/api/v1/strategies/${strategyId}/surveys`)).json();
  const survey = (surveys.surveys as { id: string; title: string }[]).find((s) => s.title === 'Digital experience of staff 2026')!;
  const id = uniqueId();
  const names = [`Helps most ${id}`, `Also helps ${id}`];
  let excerpt = '';

  await test.step('suggest themes from a free-text question of the results', async () => {
    await page.goto(`${orgPath}/strategies/${strategyId}/surveys/${survey.id}/results`);
    await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await checks.check(page);
    // The results page is long: its contents list jumps to the question's section, and Tab goes on from there.
    const section = page.locator('section.chorus-results-section').filter({ has: page.getByRole('heading', { level: 3, name: QUESTION }) });
    const sectionTitle = await section.getByRole('heading', { level: 2 }).innerText();
    await activate(page, page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: sectionTitle, exact: true }), { max: 100 });
    await activate(page, resultCard(page, QUESTION).getByRole('link', { name: /Suggest themes from every answer to this question/ }), { max: 300 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Suggest themes');
    await checks.check(page);
    await activate(page, page.getByRole('button', { name: 'Suggest themes' }));
    await expect(page.getByText(/grouped into \d+ themes/)).toBeVisible({ timeout: 60_000 });
  });

  await test.step('accept two themes as tags under names of their own', async () => {
    for (const name of names) {
      const open = page.locator('li.chorus-theme-card').filter({ has: page.getByLabel('Name of the theme') }).first();
      const field = open.getByLabel('Name of the theme');
      await tabTo(page, field, { max: 300 });
      await page.keyboard.press('Control+A');
      await page.keyboard.type(name);
      await activate(page, open.getByRole('button', { name: new RegExp(`^Accept as a tag\\W+${name}$`) }));
      await expect(page.getByText(`“${name}” is now a tag on`)).toBeVisible();
    }
    await expect(page.locator('li.chorus-theme-card').filter({ hasText: 'Accepted as a tag' })).toHaveCount(2);
    await checks.check(page);
  });

  await test.step('cut a passage of a leader interview and tag it', async () => {
    const interviews = await (await page.request.get(`/api/v1/strategies/${strategyId}/interviews`)).json();
    const interview = interviews.interviews.find((i: { hasNotes: boolean; consent: string }) => i.hasNotes && i.consent !== 'declined');
    await page.goto(`${orgPath}/strategies/${strategyId}/interviews/${interview.id}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Excerpts' })).toBeVisible();
    await checks.check(page);
    await activate(page, page.getByRole('button', { name: 'Cut an excerpt' }), { max: 200 });
    const notes = page.getByLabel('Select the passage in the notes');
    await tabTo(page, notes, { max: 20 });
    const selected = await selectPassageByKeyboard(page, notes, 30);
    expect(selected.length).toBeGreaterThan(3);
    excerpt = selected;
    await activate(page, page.getByRole('button', { name: 'Save selected passage' }));
    await expect(page.getByRole('alert').filter({ hasText: 'has been saved' })).toBeVisible();

    // Tagging is offered at once, from the codebook that now holds the accepted themes.
    await chooseWithArrows(page, page.getByLabel('Tag the excerpt you saved'), names[0]!);
    await activate(page, page.getByRole('button', { name: 'Add the tag' }));
    await expect(page.getByRole('status').filter({ hasText: `Tagged: ${names[0]}` })).toBeVisible();
    await checks.check(page);
  });

  await test.step('the codebook counts the excerpt under its tag', async () => {
    await page.goto(`${orgPath}/strategies/${strategyId}/codebook`);
    for (const name of names) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await checks.check(page);
    const tags = await (await page.request.get(`/api/v1/strategies/${strategyId}/tags`)).json();
    const tagged = (tags.tags as { name: string; id: string }[]).find((t) => t.name === names[0])!;
    const items = await (await page.request.get(`/api/v1/strategies/${strategyId}/evidence?tagId=${tagged.id}&source=interview_excerpt`)).json();
    expect(items.items.map((i: { text: string }) => i.text.trim())).toContain(excerpt);
  });
});
