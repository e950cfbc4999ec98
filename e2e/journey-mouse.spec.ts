import { expect, test } from './support/fixtures.js';
import { newAdmin, newMember } from './support/people.js';

/**
 * The first hour of a new trust on Chorus, done with the mouse: set up, create a strategy,
 * invite a colleague who joins through the emailed link, and find it all in the audit trail.
 */
test('an admin sets up, invites a colleague who joins, and the audit trail records it', async ({ page, checks, openSecondBrowser }) => {
  const admin = newAdmin();
  const member = newMember();
  const thisYear = new Date().getFullYear();

  await test.step('sign up, creating the organisation', async () => {
    await page.goto('/sign-up');
    await checks.check(page);
    await page.getByLabel('Organisation name').fill(admin.organisation);
    await page.getByLabel('Your full name').fill(admin.name);
    await page.getByLabel('Your work email address').fill(admin.email);
    await page.getByLabel('Create a password').fill(admin.password);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategies');
    await expect(page.getByRole('alert')).toContainText('Your organisation is set up');
    await expect(page.getByText('There are no strategies yet.')).toBeVisible();
    await checks.check(page);
  });

  await test.step('create a strategy with the default horizon', async () => {
    await expect(page.getByLabel('Start year')).toHaveValue(String(thisYear));
    await expect(page.getByLabel('End year')).toHaveValue(String(thisYear + 3));
    await page.getByLabel('Name', { exact: true }).fill(`Digital Strategy ${thisYear} to ${thisYear + 3}`);
    await page.getByRole('button', { name: 'Create strategy' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Digital Strategy ${thisYear} to ${thisYear + 3}`);
    await expect(page.getByRole('listitem').filter({ hasText: 'Current phase' })).toContainText('Discover');
    await checks.check(page);
  });

  await test.step('invite a colleague to the strategy team', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Members' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Members');
    await checks.check(page);
    await page.getByLabel('Email address').fill(member.email);
    await page.getByLabel('Strategy team').check();
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByRole('alert')).toContainText(`Invitation sent to ${member.email}`);
    await expect(page.getByRole('table', { name: 'Pending invitations' })).toContainText(member.email);
    await checks.check(page);
  });

  const link = await test.step('copy the invitation link from the outbox', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Outbox' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Outbox');
    const message = page.getByRole('article').filter({ hasText: `To ${member.email}` });
    await expect(message).toHaveCount(1);
    await expect(message.getByRole('heading')).toContainText(`You are invited to join ${admin.organisation}`);
    await checks.check(page);
    const url = await message.getByLabel('Link in this message').inputValue();
    expect(url).toMatch(/^http:\/\/localhost:3199\/invitations\/\S+$/);
    return url;
  });

  const colleague = await openSecondBrowser();

  await test.step('the colleague opens the link, chooses a name and password, and lands in the workspace', async () => {
    await colleague.goto(link);
    await expect(colleague.getByRole('heading', { level: 1 })).toContainText(`Join ${admin.organisation} on Chorus`);
    await expect(colleague.getByText(member.email, { exact: true })).toBeVisible();
    await checks.check(colleague);
    await colleague.getByLabel('Your full name').fill(member.name);
    await colleague.getByLabel('Create a password').fill(member.password);
    await colleague.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(colleague.getByRole('alert')).toContainText(`Welcome to ${admin.organisation}`);
    await expect(colleague.getByRole('heading', { level: 1 })).toContainText('Strategies');
    await expect(colleague.getByRole('link', { name: `Digital Strategy ${thisYear} to ${thisYear + 3}` })).toBeVisible();
    await expect(colleague.getByRole('navigation', { name: 'Account' })).toContainText(member.name);
    // The strategy team sees who is involved, but not the admin-only sections.
    const nav = colleague.getByRole('navigation', { name: 'Workspace' });
    await expect(nav.getByRole('link', { name: 'Members' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit trail' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Outbox' })).toHaveCount(0);
    await checks.check(colleague);
  });

  await test.step('the colleague signs out and signs in again', async () => {
    await colleague.getByRole('button', { name: 'Sign out' }).click();
    await expect(colleague.getByRole('heading', { level: 1 })).toContainText('Sign in');
    await expect(colleague.getByRole('alert')).toContainText('You have signed out');
    await checks.check(colleague);
    await colleague.getByLabel('Email address').fill(member.email);
    await colleague.getByLabel('Password', { exact: true }).fill(member.password);
    await colleague.getByRole('button', { name: 'Sign in' }).click();
    await expect(colleague.getByRole('heading', { level: 1 })).toContainText('Strategies');
    await expect(colleague.getByText(admin.organisation).first()).toBeVisible();
    await checks.check(colleague);
  });

  await test.step('back as the admin, the audit trail shows the invitation sent and accepted', async () => {
    await page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Audit trail' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Audit trail');
    const events = page.getByRole('table', { name: 'Events, newest first' });
    const sent = events.getByRole('row').filter({ hasText: 'Invitation sent' });
    const accepted = events.getByRole('row').filter({ hasText: 'Invitation accepted' });
    const added = events.getByRole('row').filter({ hasText: 'Member added' }).filter({ hasText: member.email });
    await expect(sent).toContainText(admin.name);
    await expect(sent).toContainText(member.email);
    await expect(accepted).toContainText(member.name);
    await expect(added).toContainText('Strategy team');
    await checks.check(page);

    // Narrow the trail to acceptances only.
    await page.getByLabel('What happened').selectOption({ label: 'Invitation accepted' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(events.getByRole('row').filter({ hasText: 'Invitation sent' })).toHaveCount(0);
    await expect(events.getByRole('row').filter({ hasText: 'Invitation accepted' })).toHaveCount(1);
    await checks.check(page);
  });
});
