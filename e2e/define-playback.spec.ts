import { signInAsDemo } from './support/demo.js';
import { expect, test } from './support/fixtures.js';
import { uniqueId } from './support/people.js';
import { expectNoSidewaysScroll } from './support/phone.js';

/**
 * Define, playback: the demo admin shares the playback from the strategy's Define section; a
 * senior leader finds it on their home page, reacts to an insight with a comment (confirmed beside
 * the form), and downloads the Word document. Axe on every page; the leader's page fits a phone.
 */
test('the team shares the playback, a senior leader reacts to an insight and downloads it', async ({ page, checks, openSecondBrowser }) => {
  const orgPath = await signInAsDemo(page, checks);
  const orgId = orgPath.split('/').at(-1)!;
  const strategyId: string = (await (await page.request.get(`/api/v1/orgs/${orgId}/strategies`)).json()).strategies[0].id;
  const statement = `Rota tools cost ward time ${uniqueId()}`;
  const { csrfToken } = await (await page.request.get('/api/v1/me')).json();
  const created = await page.request.post(`/api/v1/strategies/${strategyId}/insights`, {
    data: { statement, evidenceFilter: { q: 'rota' } },
    headers: { 'X-CSRF-Token': csrfToken },
  });
  expect(created.status(), await created.text()).toBe(201);

  // The team opens the playback from Define and shares it.
  await page.goto(`${orgPath}/strategies/${strategyId}`);
  await expect(page.getByRole('link', { name: 'Playback to leaders' })).toBeVisible();
  await checks.check(page);
  await page.getByRole('link', { name: 'Playback to leaders' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Playback to leaders');
  await expect(page.getByRole('heading', { level: 2, name: 'Insights, strongest first' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(statement) })).toBeVisible();
  const share = page.getByRole('button', { name: 'Share with senior leaders' });
  if (await share.isVisible()) await share.click();
  await expect(page.getByText(/^Shared on .* Senior leaders see it on their home page/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop sharing' })).toBeVisible();
  await checks.check(page);

  // A senior leader, on a phone-sized window, finds it on their home page.
  const leader = await openSecondBrowser();
  await leader.setViewportSize({ width: 360, height: 740 });
  await leader.goto('/sign-in');
  await checks.check(leader);
  await leader.getByLabel('Email address').fill('leader@northbridge.example');
  await leader.getByLabel('Password', { exact: true }).fill('northbridge-demo-strategy');
  await leader.getByRole('button', { name: 'Sign in' }).click();
  await expect(leader.getByRole('heading', { level: 2, name: 'Playbacks for your reaction' })).toBeVisible();
  await checks.check(leader);
  await leader.getByRole('link', { name: /what we heard$/ }).first().click();
  await expect(leader.getByRole('heading', { level: 1 })).toContainText('Playback to leaders');
  await expect(leader.getByRole('button', { name: 'Share with senior leaders' })).toHaveCount(0);
  await expectNoSidewaysScroll(leader);

  // The reaction: three radios and a comment, saved with a confirmation beside the form.
  const form = leader.getByRole('form', { name: `Your reaction to: ${statement}` });
  await form.getByRole('button', { name: 'Save your reaction' }).click();
  await expect(form.getByText('Choose whether you agree, are surprised or disagree').first()).toBeVisible();
  await form.getByLabel('This surprises me').check();
  await form.getByLabel('Comment (optional)').fill('I thought the new rota fixed <b>this</b>');
  await form.getByRole('button', { name: 'Save your reaction' }).click();
  await expect(form.getByText('Saved: this surprises me.')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Change your reaction' })).toBeVisible();
  await checks.check(leader);

  // The Word document: a zip holding word/document.xml.
  const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('link', { name: /Download as Word/ }).click()]);
  expect(download.suggestedFilename()).toBe('playback.docx');
  const bytes = await (await import('node:fs/promises')).readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);

  // The team sees who reacted, and how.
  await page.reload();
  const card = page.getByRole('article', { name: new RegExp(statement) });
  await card.getByText(/^Who reacted/).click();
  await expect(card.getByText('I thought the new rota fixed <b>this</b>')).toBeVisible();
  await checks.check(page);
});
