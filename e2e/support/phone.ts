import { expect, type Page } from '@playwright/test';

/** A small phone, as the WCAG reflow criterion (320 CSS pixels) and NHS.UK's own testing assume. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } as const;

/** Nothing on the page may scroll sideways: wide tables scroll inside their own region. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page ${page.url()} is wider than the phone screen`).toBeLessThanOrEqual(innerWidth);
}
