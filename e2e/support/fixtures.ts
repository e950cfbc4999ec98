import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { PageChecks } from './page-checks.js';

interface Fixtures {
  /** Accessibility and safety checks for every page of the test (see PageChecks). */
  checks: PageChecks;
  /** A second, separate browser (its own cookies), for a second person in the same journey. */
  openSecondBrowser: () => Promise<Page>;
  /**
   * Another separate browser with its own settings (a phone's viewport, JavaScript off), for
   * someone else in the same journey. Its pages are watched by the same checks.
   */
  openBrowser: (options?: BrowserContextOptions) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  // Automatic, so that a test which never asks for `checks` is still held to them.
  checks: [
    async ({ page, baseURL }, use, testInfo) => {
      const checks = new PageChecks(new URL(baseURL!).origin);
      checks.watch(page);
      await use(checks);
      await checks.settle();
      // After a failure the journey stopped part-way; "pages not checked" would only be noise.
      if (testInfo.status === testInfo.expectedStatus) checks.verify();
    },
    { auto: true },
  ],
  openBrowser: async ({ browser, checks, baseURL, viewport }, use) => {
    const contexts: BrowserContext[] = [];
    const open = async (options: BrowserContextOptions) => {
      const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', baseURL, viewport, ...options });
      contexts.push(context);
      return context.newPage();
    };
    await use(async (options = {}) => {
      const page = await open(options);
      // Axe needs script: pages seen with JavaScript off are checked as copies in a scripted browser like it.
      const checkCopiesOn = options.javaScriptEnabled === false ? await open({ ...options, javaScriptEnabled: true }) : undefined;
      if (checkCopiesOn) checks.watch(checkCopiesOn);
      checks.watch(page, { checkCopiesOn });
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
  openSecondBrowser: async ({ openBrowser }, use) => {
    await use(() => openBrowser());
  },
});

export { expect } from '@playwright/test';
