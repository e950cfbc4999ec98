import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleStrategyDocument } from '../../testing-document.js';
import { plantedStrategyDocument } from './planted-document.js';
import { renderStrategyWeb, type WebPage } from './render-web.js';
import { accentStylesheet, documentStylesheet } from './stylesheet.js';

/*
 * The web version as a reader's browser sees it: served with the strict content security policy
 * the route will send, opened in Chromium with JavaScript off, checked with axe (in a second,
 * scripted context on the same address, since axe cannot run where script is off), at a desktop
 * and a phone width, and once as printed.
 */

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The WCAG tags the end-to-end suite checks (e2e/support/page-checks.ts). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const BASE = '/p/northbridge/digital-strategy';
/** The same document with naughty strings in every free-text place. */
const NAUGHTY = '/p/northbridge/naughty';
const SHOTS = '/tmp/web-shots';
const WIDTHS = [1280, 360];
const urlOf = (p: WebPage, base = BASE) => (p.path ? `${base}/${p.path}` : base);

let server: Server;
let origin: string;
let browser: Browser;
let pages: WebPage[];
let naughtyPages: WebPage[];
let plain: BrowserContext[];
let scripted: BrowserContext[];
const refused: string[] = [];

beforeAll(async () => {
  const { css, version } = await documentStylesheet();
  const stylesheetHref = `/assets/document-${version}.css`;
  const doc = sampleStrategyDocument();
  pages = await renderStrategyWeb(doc, {
    basePath: BASE,
    stylesheetHref,
    accentStylesheetHref: '/assets/accent.css',
    downloads: [
      { label: 'Digital strategy 2026 to 2029', href: `${BASE}/digital-strategy.pdf`, bytes: 421_888 },
      { label: 'Digital strategy 2026 to 2029', href: `${BASE}/digital-strategy.docx`, bytes: 96_000 },
    ],
    notice: { kind: 'consultation', text: 'This draft is open for comments until 14 December 2026.', href: `${BASE}/comments` },
  });
  naughtyPages = await renderStrategyWeb(plantedStrategyDocument().doc, { basePath: NAUGHTY, stylesheetHref, downloads: [], notice: null });
  const files = new Map<string, { type: string; body: string }>([
    ...naughtyPages.map((p): [string, { type: string; body: string }] => [urlOf(p, NAUGHTY), { type: 'text/html; charset=utf-8', body: p.html }]),
    [stylesheetHref, { type: 'text/css', body: css }],
    ['/assets/accent.css', { type: 'text/css', body: accentStylesheet(doc.accentColour) }],
    ...pages.map((p): [string, { type: string; body: string }] => [urlOf(p), { type: 'text/html; charset=utf-8', body: p.html }]),
  ]);
  server = createServer((req, res) => {
    const file = files.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.setHeader('content-security-policy', CSP);
    res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
    res.end(file?.body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  plain = await Promise.all(WIDTHS.map((width) => browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } })));
  scripted = await Promise.all(WIDTHS.map((width) => browser.newContext({ viewport: { width, height: 900 } })));
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(`${path}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => refused.push(`${path}: failed ${request.url()}`));
  const response = await page.goto(`${origin}${path}`);
  expect(response?.status()).toBe(200);
  return page;
}


/** axe's WCAG findings for the page at `path`, loaded in a scripted context (axe needs script). */
async function axeViolations(context: BrowserContext, path: string): Promise<string[]> {
  const checker = await open(context, path);
  await checker.evaluate(AXE);
  const result = await checker.evaluate(
    (tags) => (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  await checker.close();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('the web version in a browser', () => {
  it.each(WIDTHS.map((width, i) => [width, i] as const))('has no axe violations and no sideways scroll on any page at %i px', async (width, i) => {
    for (const webPage of pages) {
      const path = urlOf(webPage);
      const reader = await open(plain[i]!, path);
      // What the reader sees: the stylesheets applied (the header is the accent colour, not unstyled).
      expect(await reader.locator('header').evaluate((h) => getComputedStyle(h).backgroundColor)).toBe('rgb(0, 94, 184)');
      const overflow = await reader.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
      expect(overflow.scroll, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(overflow.client);
      // Pictures to look at, not compared: the cover, the roadmap, and the first chart of each page.
      const name = webPage.path || 'contents';
      if (path === BASE || path.endsWith('/roadmap')) {
        await reader.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
        await reader.screenshot({ path: `${SHOTS}/${name}-top-${width}.png` });
      }
      const figure = reader.locator('figure.chorus-figure').first();
      if (await figure.count()) await figure.screenshot({ path: `${SHOTS}/${name}-figure-${width}.png` });
      await reader.close();

      expect(await axeViolations(scripted[i]!, path), `axe on ${path} at ${width} px`).toEqual([]);
    }
    expect(pages.length).toBeGreaterThan(2);
    expect(refused).toEqual([]);
  }, 120_000);

  it('keeps naughty strings on the page at 360 px: no sideways scroll, nothing loaded or run, no axe violations', async () => {
    let shown = '';
    for (const webPage of naughtyPages) {
      const reader = await open(plain[1]!, urlOf(webPage, NAUGHTY));
      const overflow = await reader.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, client: document.scrollingElement!.clientWidth }));
      expect(overflow.scroll, `${webPage.path} scrolls sideways`).toBeLessThanOrEqual(overflow.client);
      expect(await reader.locator('main img, main script').count()).toBe(0);
      shown += await reader.locator('main').innerText();
      await reader.close();
      expect(await axeViolations(scripted[1]!, urlOf(webPage, NAUGHTY)), `axe on ${webPage.path}`).toEqual([]);
    }
    // The planted markup is there as words a reader sees.
    expect(shown).toContain('<script>alert(1)</script>');
    expect(shown).toContain('"><img src=x onerror=alert(1)>');
    expect(refused).toEqual([]);
  }, 120_000);

  it('prints without the skip link, navigation and pagination, and shows where outside links go', async () => {
    const foreword = pages.find((p) => p.path === 'foreword')!;
    const reader = await open(plain[0]!, urlOf(foreword));
    await reader.emulateMedia({ media: 'print' });
    const shown = (selector: string) => reader.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none');
    expect(await shown('.nhsuk-skip-link')).toBe(false);
    expect(await shown('.nhsuk-pagination')).toBe(false);
    expect(await shown('.nhsuk-breadcrumb')).toBe(false);
    expect(await shown('main')).toBe(true);
    const after = await reader.locator('main a[href^="https:"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://example.org/evidence');
    await reader.emulateMedia({ media: 'screen' });
    expect(await shown('.nhsuk-pagination')).toBe(true);
    await reader.close();
    expect(refused).toEqual([]);
  });
});
