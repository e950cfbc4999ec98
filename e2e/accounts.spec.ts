import { expect, test } from './support/fixtures.js';
import { acceptByApi, inviteByApi, signUpByApi } from './support/api.js';
import { newAdmin, newMember } from './support/people.js';

test('a person in two organisations switches between them, and Chorus opens the last one used', async ({ page, checks }) => {
  const admin = newAdmin();
  await signUpByApi(page, admin);
  const second = `Second Trust ${Date.now()}`;

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategies');
  // With one organisation there is nothing to switch to.
  await expect(page.getByLabel('Switch organisation')).toHaveCount(0);
  await checks.check(page);

  await page.getByRole('link', { name: 'Create another organisation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Create another organisation');
  await checks.check(page);
  await page.getByLabel('Organisation name').fill(second);
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page.getByRole('alert')).toContainText(`${second} has been created`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(second);
  await checks.check(page);

  await page.getByLabel('Switch organisation').selectOption({ label: admin.organisation });
  await page.getByRole('button', { name: 'Switch' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(admin.organisation);
  await checks.check(page);

  // The home page opens on the organisation used last.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(admin.organisation);
});

test('a forgotten password is reset through the link the admin passes on, then the account is tidied', async ({ page, checks, baseURL, openSecondBrowser }) => {
  const admin = newAdmin();
  const member = newMember();
  const orgId = await signUpByApi(page, admin);
  await acceptByApi(baseURL!, await inviteByApi(page, orgId, member.email, 'staff'), member);
  const newPassword = 'harbour quiet meadow 19';
  const person = await openSecondBrowser();

  await test.step('the member asks for a reset link', async () => {
    await person.goto('/sign-in');
    await person.getByRole('link', { name: 'Forgotten your password?' }).click();
    await expect(person.getByRole('heading', { level: 1 })).toContainText('Reset your password');
    await checks.check(person);
    await person.getByLabel('Email address').fill(member.email);
    await person.getByRole('button', { name: 'Send reset link' }).click();
    await expect(person.getByRole('heading', { level: 1 })).toContainText('Check your email');
    await checks.check(person);
  });

  const link = await test.step('the admin finds the reset email in the outbox', async () => {
    await page.goto(`/orgs/${orgId}/outbox`);
    const message = page.getByRole('article').filter({ hasText: 'Reset your Chorus password' });
    await expect(message).toContainText(member.email);
    await checks.check(page);
    return message.getByLabel('Link in this message').inputValue();
  });

  await test.step('the member chooses a new password; mismatches are caught first', async () => {
    await person.goto(link);
    await expect(person.getByRole('heading', { level: 1 })).toContainText('Choose a new password');
    await checks.check(person);
    await person.getByLabel('New password', { exact: true }).fill(newPassword);
    await person.getByLabel('Confirm new password').fill('something else entirely');
    await person.getByRole('button', { name: 'Change password' }).click();
    await expect(person.locator('#confirm-password-error')).toContainText('Passwords do not match');
    await checks.check(person);
    await person.getByLabel('Confirm new password').fill(newPassword);
    await person.getByRole('button', { name: 'Change password' }).click();
    await expect(person.getByRole('alert')).toContainText('Your password has been changed');
    await checks.check(person);
    await person.getByLabel('Email address').fill(member.email);
    await person.getByLabel('Password', { exact: true }).fill(newPassword);
    await person.getByRole('button', { name: 'Sign in' }).click();
    await expect(person.getByRole('heading', { level: 1 })).toContainText(`Welcome, ${member.name.split(' ')[0]}`); // staff land on their home
    await checks.check(person);
  });

  await test.step('the member renames themself on the account page', async () => {
    await person.getByRole('link', { name: `Your account: ${member.name}` }).click();
    await expect(person.getByRole('heading', { level: 1 })).toContainText('Your account');
    await checks.check(person);
    await person.getByLabel('Full name').fill('Samira Patel');
    await person.getByRole('button', { name: 'Save name' }).click();
    await expect(person.getByRole('alert')).toContainText('Your name has been saved');
    await expect(person.getByRole('navigation', { name: 'Account' })).toContainText('Samira Patel');
    await person.getByLabel('Current password').fill('not my password');
    await person.getByLabel('New password', { exact: true }).fill('another fine password 3');
    await person.getByRole('button', { name: 'Change password' }).click();
    await expect(person.locator('#current-password-error')).toContainText('Current password is not right');
    await checks.check(person);
  });
});
