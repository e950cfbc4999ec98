import { expect, test } from './support/fixtures.js';
import { activate, chooseWithArrows, expectVisibleFocus, tabTo, typeInto } from './support/keyboard.js';
import { newAdmin, newMember } from './support/people.js';

/**
 * The same first hour as the mouse journey, with the keyboard alone: Tab and Shift+Tab to
 * move, typing to fill in, Enter and Space to act, arrow keys for radios and selects.
 */
test('the whole journey works with the keyboard alone', async ({ page, checks, openSecondBrowser }) => {
  const admin = newAdmin();
  const member = newMember();
  const strategyName = 'Digital Strategy for our people';
  const workspace = page.getByRole('navigation', { name: 'Workspace' });

  await test.step('the skip link is the first stop and moves focus to the content', async () => {
    await page.goto('/sign-up');
    await checks.check(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main-content')).toBeFocused();
  });

  await test.step('sign up', async () => {
    await typeInto(page, page.getByLabel('Organisation name'), admin.organisation);
    await typeInto(page, page.getByLabel('Your full name'), admin.name);
    await typeInto(page, page.getByLabel('Your work email address'), admin.email);
    await typeInto(page, page.getByLabel('Create a password'), admin.password);
    await activate(page, page.getByRole('button', { name: 'Create organisation' }));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Strategies');
    // The success banner takes focus, so a screen reader announces it.
    await expect(page.getByRole('alert')).toBeFocused();
    await checks.check(page);
  });

  await test.step('create a strategy', async () => {
    await typeInto(page, page.getByLabel('Name', { exact: true }), strategyName);
    await activate(page, page.getByRole('button', { name: 'Create strategy' }), { key: ' ' });
    await expect(page.getByRole('heading', { level: 1 })).toContainText(strategyName);
    await checks.check(page);
  });

  await test.step('invite a colleague to the strategy team', async () => {
    await activate(page, workspace.getByRole('link', { name: 'Members' }), { backwards: true });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Members');
    // After moving page, focus starts at the new page's heading.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await checks.check(page);
    await typeInto(page, page.getByLabel('Email address'), member.email);
    // Tab enters the radio group on the chosen role (Staff); the arrow keys change it.
    await tabTo(page, page.getByLabel('Staff', { exact: true }));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByLabel('Strategy team')).toBeChecked();
    await activate(page, page.getByRole('button', { name: 'Send invitation' }));
    await expect(page.getByRole('alert')).toContainText(`Invitation sent to ${member.email}`);
    await checks.check(page);
  });

  const link = await test.step('read the invitation link in the outbox', async () => {
    await activate(page, workspace.getByRole('link', { name: 'Outbox' }), { backwards: true });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Outbox');
    await checks.check(page);
    const message = page.getByRole('article').filter({ hasText: `To ${member.email}` });
    const box = message.getByLabel('Link in this message');
    // The link box is in the tab order and selects its text on focus, ready to copy.
    await tabTo(page, box);
    const selected = await box.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
    const url = await box.inputValue();
    expect(selected).toBe(url);
    return url;
  });

  const colleague = await openSecondBrowser();

  await test.step('the colleague accepts with the keyboard', async () => {
    await colleague.goto(link);
    await expect(colleague.getByRole('heading', { level: 1 })).toContainText(`Join ${admin.organisation}`);
    await checks.check(colleague);
    await typeInto(colleague, colleague.getByLabel('Your full name'), member.name);
    await typeInto(colleague, colleague.getByLabel('Create a password'), member.password);
    await activate(colleague, colleague.getByRole('button', { name: 'Accept invitation' }));
    await expect(colleague.getByRole('alert')).toContainText(`Welcome to ${admin.organisation}`);
    await expect(colleague.getByRole('link', { name: strategyName })).toBeVisible();
    await checks.check(colleague);
  });

  await test.step('the colleague signs out and back in, submitting with Enter', async () => {
    await activate(colleague, colleague.getByRole('button', { name: 'Sign out' }), { backwards: true });
    await expect(colleague.getByRole('heading', { level: 1 })).toContainText('Sign in');
    await checks.check(colleague);
    await typeInto(colleague, colleague.getByLabel('Email address'), member.email);
    await typeInto(colleague, colleague.getByLabel('Password', { exact: true }), member.password);
    await colleague.keyboard.press('Enter');
    await expect(colleague.getByRole('heading', { level: 1 })).toContainText('Strategies');
    await expect(colleague.getByRole('link', { name: strategyName })).toBeVisible();
    await checks.check(colleague);
  });

  await test.step('the admin filters the audit trail to the invitation events', async () => {
    await activate(page, workspace.getByRole('link', { name: 'Audit trail' }), { backwards: true });
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Audit trail');
    const events = page.getByRole('table', { name: 'Events, newest first' });
    await expect(events.getByRole('row').filter({ hasText: 'Invitation sent' })).toContainText(member.email);
    await expect(events.getByRole('row').filter({ hasText: 'Invitation accepted' })).toContainText(member.name);
    await checks.check(page);
    await chooseWithArrows(page, page.getByLabel('Type of record'), 'Invitation');
    await activate(page, page.getByRole('button', { name: 'Apply filters' }), { key: ' ' });
    await expect(events.getByRole('row').filter({ hasText: 'Member added' })).toHaveCount(0);
    await expect(events.getByRole('row').filter({ hasText: 'Invitation sent' })).toHaveCount(1);
    await expect(events.getByRole('row').filter({ hasText: 'Invitation accepted' })).toHaveCount(1);
    await checks.check(page);
  });
});
