import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Paths that only ever redirect elsewhere; nobody "visits" them, so axe has nothing to see. */
const REDIRECT_ONLY = [/^\/$/, /^\/orgs\/[^/]+\/?$/];

/**
 * The survey pages staff answer (open link /s/…, personal link /r/…) are rendered on the server
 * with NHS.UK's own layout, not the workspace's. Every step of a survey posts to the same
 * address, so for these a page is its address and its window title ("About your work – …",
 * "Check your answers …", "Error: …"): each kind of page must be checked, not only the first.
 */
// Server-rendered without script: survey pages, the draft's reading pages during a consultation, the published strategy.
const RESPONDENT_PAGE = /^\/(s|r|c|p)\//;

/**
 * Watches every page of a test: the pages visited, anything the strict CSP refused, script
 * errors, and requests leaving the site. `check(page)` runs axe on the page as it stands;
 * at the end of the test every page visited must have been checked.
 */
export class PageChecks {
  private readonly visited = new Set<string>();
  private readonly checked = new Set<string>();
  private readonly problems: string[] = [];
  private readonly pending: Promise<void>[] = [];
  /** Pages of browsers with JavaScript off, each with the scripted page that checks copies of them. */
  private readonly copiesFor = new WeakMap<Page, Page>();

  constructor(private readonly origin: string) {}

  /**
   * `checkCopiesOn` is for a page whose browser has JavaScript off: axe cannot run there
   * (Chromium closes the whole browser when axe runs with script execution disabled), so each
   * check loads the page's HTML, as it was served, at the same address in that scripted page.
   */
  watch(page: Page, options: { checkCopiesOn?: Page } = {}): void {
    if (options.checkCopiesOn) this.copiesFor.set(page, options.checkCopiesOn);
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = new URL(frame.url());
      if (url.origin === this.origin && !RESPONDENT_PAGE.test(url.pathname)) this.visited.add(url.pathname);
    });
    page.on('domcontentloaded', () => {
      const url = new URL(page.url());
      if (url.origin !== this.origin || !RESPONDENT_PAGE.test(url.pathname)) return;
      // The next page may already be loading; its own event records it, so a lost title is no loss.
      this.pending.push(page.title().then((title) => void this.visited.add(`${url.pathname} “${title}”`), () => undefined));
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
    const copy = this.copiesFor.get(page);
    if (copy) return this.checkCopy(page, copy);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('.chorus-loading')).toHaveCount(0);
    const { pathname } = new URL(page.url());
    const respondent = RESPONDENT_PAGE.test(pathname);
    await expect(page.locator(respondent ? 'main#maincontent' : 'main#main-content')).toHaveCount(1);
    const title = await page.title();
    if (respondent) {
      expect(title, 'a survey page has a title').toMatch(/\S/);
      const errors = await page.locator('.nhsuk-error-summary').count();
      expect(title.startsWith('Error: '), `the title "${title}" starts with "Error: " exactly when the page shows an error summary`).toBe(errors > 0);
    } else {
      expect(title, 'every page has a title ending in "– Chorus"').toMatch(/\S – Chorus$/);
    }
    // NHS.UK puts the error summary (an alert with its own h2) at the top of the main content,
    // above the h1, as the survey pages do; it is not part of the page's outline.
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) =>
      headings.filter((h) => !h.closest('dialog:not([open]), .nhsuk-error-summary')).map((h) => Number(h.tagName[1])),
    );
    expect(levels[0], 'the first heading is the h1').toBe(1);
    const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);
    expect(skips, `headings go down one level at a time: ${levels.join(' ')}`).toEqual([]);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    );
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
    this.checked.add(respondent ? `${pathname} “${title}”` : pathname);
  }

  /**
   * Only pages that run no script of their own (the server-rendered survey pages) can be
   * checked this way: what the scripted page shows is then exactly what the other one showed.
   */
  private async checkCopy(page: Page, copy: Page): Promise<void> {
    const url = page.url();
    expect(RESPONDENT_PAGE.test(new URL(url).pathname), `${url} needs JavaScript, so it cannot be checked as a copy`).toBe(true);
    await expect(page.locator('main h1')).toHaveCount(1);
    const html = await page.content();
    expect(html, 'a page that works without JavaScript has no scripts of its own').not.toMatch(/<script/i);
    await copy.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    try {
      await copy.goto(url);
      await this.check(copy);
    } finally {
      await copy.unroute(url);
    }
  }

  /** Waits for the titles of survey pages still being read (see `watch`). */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** Called by the fixture after the test body (and `settle`). */
  verify(): void {
    expect(this.problems, 'no CSP refusals, script errors or external requests').toEqual([]);
    const missed = [...this.visited].filter((p) => !this.checked.has(p) && !REDIRECT_ONLY.some((r) => r.test(p)));
    expect(missed, 'every page visited was checked with axe').toEqual([]);
  }
}
