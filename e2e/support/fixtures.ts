import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { PageChecks } from './page-checks.js';

interface Fixtures {
  /** Accessibility and safety checks for every page of the test (see PageChecks). */
  checks: PageChecks;
  /** A second, separate browser (its own cookies), for a second person in the same journey. */
  openSecondBrowser: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  checks: async ({ page, baseURL }, use, testInfo) => {
    const checks = new PageChecks(new URL(baseURL!).origin);
    checks.watch(page);
    await use(checks);
    // After a failure the journey stopped part-way; "pages not checked" would only be noise.
    if (testInfo.status === testInfo.expectedStatus) checks.verify();
  },
  openSecondBrowser: async ({ browser, checks, baseURL, viewport }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London', baseURL, viewport });
      contexts.push(context);
      const page = await context.newPage();
      checks.watch(page);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect } from '@playwright/test';
