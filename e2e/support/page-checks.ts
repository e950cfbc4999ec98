import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Paths that only ever redirect elsewhere; nobody "visits" them, so axe has nothing to see. */
const REDIRECT_ONLY = [/^\/$/, /^\/orgs\/[^/]+\/?$/];

/**
 * Watches every page of a test: the pages visited, anything the strict CSP refused, script
 * errors, and requests leaving the site. `check(page)` runs axe on the page as it stands;
 * at the end of the test every page visited must have been checked.
 */
export class PageChecks {
  private readonly visited = new Set<string>();
  private readonly checked = new Set<string>();
  private readonly problems: string[] = [];

  constructor(private readonly origin: string) {}

  watch(page: Page): void {
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = new URL(frame.url());
      if (url.origin === this.origin) this.visited.add(url.pathname);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy|Refused to (apply|load|execute|connect)/i.test(text)) this.problems.push(`CSP: ${text}`);
    });
    page.on('pageerror', (error) => this.problems.push(`Script error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['http:', 'https:'].includes(url.protocol)) return;
      if (url.origin !== this.origin) this.problems.push(`External request: ${request.url()}`);
    });
  }

  /** Waits for the page to settle (its h1 shown, nothing loading) and expects no axe violations. */
  async check(page: Page): Promise<void> {
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('.chorus-loading')).toHaveCount(0);
    await expect(page.locator('main#main-content')).toHaveCount(1);
    const title = await page.title();
    expect(title, 'every page has a title ending in "– Chorus"').toMatch(/\S – Chorus$/);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
      headings.filter((h) => !h.closest('dialog:not([open])')).map((h) => Number(h.tagName[1])),
    );
    expect(levels[0], 'the first heading is the h1').toBe(1);
    const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
    expect(skips, `headings go down one level at a time: ${levels.join(' ')}`).toEqual([]);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    );
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
    this.checked.add(new URL(page.url()).pathname);
  }

  /** Called by the fixture after the test body. */
  verify(): void {
    expect(this.problems, 'no CSP refusals, script errors or external requests').toEqual([]);
    const missed = [...this.visited].filter((p) => !this.checked.has(p) && !REDIRECT_ONLY.some((r) => r.test(p)));
    expect(missed, 'every page visited was checked with axe').toEqual([]);
  }
}
