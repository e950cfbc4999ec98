import { expect, test } from './support/fixtures.js';
import { acceptByApi, createStrategyByApi, inviteByApi, signUpByApi } from './support/api.js';
import { newAdmin, newMember, uniqueId } from './support/people.js';

/** Destructive actions ask first; cancelling (Escape included) changes nothing. */
test('withdrawing, removing and archiving each ask for confirmation', async ({ page, checks, baseURL }) => {
  const admin = newAdmin();
  const joiner = newMember();
  const pendingEmail = `pending.${uniqueId()}@riverside.example`;
  const orgId = await signUpByApi(page, admin);
  await acceptByApi(baseURL!, await inviteByApi(page, orgId, joiner.email, 'staff'), joiner);
  await inviteByApi(page, orgId, pendingEmail, 'leader');
  const strategyId = await createStrategyByApi(page, orgId, 'Strategy to archive');

  await page.goto(`/orgs/${orgId}/members`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Members');
  await checks.check(page);

  await test.step('withdraw a pending invitation: Escape cancels, then confirm', async () => {
    const withdraw = page.getByRole('button', { name: `Withdraw invitation to ${pendingEmail}` });
    await withdraw.click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw this invitation?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await checks.check(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(withdraw).toBeFocused();
    await withdraw.click();
    await dialog.getByRole('button', { name: 'Withdraw invitation' }).click();
    await expect(page.getByRole('alert')).toContainText(`The invitation to ${pendingEmail} has been withdrawn`);
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByText('No invitations are waiting to be accepted.')).toBeVisible();
  });

  await test.step('change a role, then remove the member after confirming', async () => {
    await page.getByLabel(`Role of ${joiner.name}`).selectOption({ label: 'Senior leader' });
    await page.getByRole('button', { name: `Save role of ${joiner.name}` }).click();
    await expect(page.getByRole('alert')).toContainText(`${joiner.name} is now senior leader`);
    await page.getByRole('button', { name: `Remove ${joiner.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Remove ${joiner.name}?` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('table', { name: /Members of/ })).toContainText(joiner.email);
    await page.getByRole('button', { name: `Remove ${joiner.name}` }).click();
    await dialog.getByRole('button', { name: 'Remove member' }).click();
    await expect(page.getByRole('alert')).toContainText(`${joiner.name} has been removed`);
    // Focus lands on the outcome, not on the button of a row that no longer exists.
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('table', { name: /Members of/ })).not.toContainText(joiner.email);
    await checks.check(page);
  });

  await test.step('archive a strategy, then restore it from the archived list', async () => {
    await page.goto(`/orgs/${orgId}/strategies/${strategyId}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategy to archive');
    await checks.check(page);
    await page.getByRole('button', { name: 'Archive strategy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive Strategy to archive?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Archive strategy' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Archived strategies');
    await expect(page.getByRole('alert')).toContainText('Strategy to archive has been archived');
    await checks.check(page);
    await page.getByRole('button', { name: 'Restore Strategy to archive' }).click();
    await expect(page.getByRole('alert')).toContainText('Strategy to archive has been restored');
    await expect(page.getByText('No archived strategies.')).toBeVisible();
    await checks.check(page);
  });
});
