import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Keyboard-only helpers: move focus the way a person would (Tab / Shift+Tab), and check at
 * each stop that the focused control shows a visible focus indicator.
 */

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Expects the focused element to draw a focus indicator (outline or box-shadow, as NHS.UK styles do). */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const indicator = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'nothing focused';
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    return outline || shadow ? 'visible' : `no focus indicator on <${element.tagName.toLowerCase()}> ${element.textContent?.trim().slice(0, 40) ?? ''}`;
  });
  expect(indicator).toBe('visible');
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  const { backwards = false, max = 80 } = options;
  await expect(target).toBeVisible();
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) {
      await expectVisibleFocus(page);
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target.toString()} could not be reached with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string, options: { backwards?: boolean } = {}): Promise<void> {
  await tabTo(page, field, options);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, control: Locator, options: { backwards?: boolean; key?: 'Enter' | ' '; max?: number } = {}): Promise<void> {
  await tabTo(page, control, options);
  await page.keyboard.press(options.key === ' ' ? 'Space' : 'Enter');
}

/** Moves a focused closed <select> with the arrow keys until it shows `label`. */
export async function chooseWithArrows(page: Page, select: Locator, label: string, reach: { backwards?: boolean; max?: number } = {}): Promise<void> {
  await tabTo(page, select, reach);
  const options = await select.locator('option').allTextContents();
  const target = options.indexOf(label);
  if (target < 0) throw new Error(`No option "${label}" in ${select.toString()}`);
  for (let i = 0; i < options.length; i++) {
    const current = await select.evaluate((s: HTMLSelectElement) => s.selectedIndex);
    if (current === target) return;
    await page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
  }
  await expect(select).toHaveValue(await select.locator('option').nth(target).getAttribute('value') ?? '');
}
