import { describe, expect, it } from 'vitest';
import type { StrategyDocument } from '../../../../../shared/strategy-document.js';
import { sampleStrategyDocument } from '../../testing-document.js';
import { plantedStrategyDocument } from './planted-document.js';
import { renderStrategyWeb, type WebOptions, type WebPage } from './render-web.js';
import { accentStylesheet, documentStylesheet } from './stylesheet.js';
import { textSafe } from './view-model.js';

const BASE = '/p/northbridge/digital-strategy';
const OPTIONS: WebOptions = {
  basePath: BASE,
  stylesheetHref: '/assets/document.css',
  accentStylesheetHref: '/assets/accent.css',
  downloads: [{ label: 'Digital strategy (PDF)', href: `${BASE}/strategy.pdf`, bytes: 421_888 }],
  notice: { kind: 'superseded', text: 'A newer version was published on 3 January 2027.', href: `${BASE}/v/3` },
};

const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
/** Every tag's name and its attributes with their quoted values blanked, so text inside a value cannot pass for an attribute. */
const tags = (html: string) =>
  [...html.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map((m) => ({ name: m[1]!.toLowerCase(), attributes: m[2]!.replace(/"[^"]*"|'[^']*'/g, '""') }));
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/\\/g, '&#92;');

const ELEMENTS = new Set(
  ('html head meta title link body a header div svg path span nav ol li main h1 h2 h3 p time ul footer strong em br figure figcaption blockquote cite ' +
    'table caption thead tbody tr th td desc line rect g text').split(' '),
);

function expectSafe(pages: WebPage[]): void {
  for (const page of pages) {
    expect(page.html).not.toMatch(/<script/i);
    for (const tag of tags(page.html)) {
      expect(ELEMENTS, `<${tag.name}> on ${page.path || 'contents'}`).toContain(tag.name);
      expect(tag.attributes, `<${tag.name}> on ${page.path || 'contents'}`).not.toMatch(/\s(on[a-z]+|style)\s*=/i);
    }
  }
}

describe('renderStrategyWeb', () => {
  it('gives a contents page and one page per section, each page with its stylesheets under 150 KB', async () => {
    const doc = sampleStrategyDocument();
    const pages = await renderStrategyWeb(doc, OPTIONS);
    const css = Buffer.byteLength((await documentStylesheet()).css) + Buffer.byteLength(accentStylesheet(doc.accentColour));
    expect(pages.map((p) => p.path)).toEqual(['', ...doc.sections.map((s) => s.key)]);
    for (const page of pages) {
      const html = Buffer.byteLength(page.html);
      expect(html).toBeGreaterThan(2_000);
      expect(html + css, page.path || 'contents').toBeLessThan(150 * 1024);
    }
    const roadmap = pages.find((p) => p.path === 'roadmap')!;
    expect(roadmap.html).toContain('<svg');
    expect(roadmap.title).toBe('Roadmap – Digital strategy 2026 to 2029 – Northbridge Cancer Centre NHS Foundation Trust');
  });

  it('links the contents to every section, and each section back to the contents and on to its neighbours', async () => {
    const doc = sampleStrategyDocument();
    const [contents, ...sections] = await renderStrategyWeb(doc, { ...OPTIONS, basePath: `${BASE}/` });
    const contentsLinks = [...contents!.html.matchAll(/class="nhsuk-contents-list__link" href="([^"]+)"/g)].map((m) => m[1]);
    expect(contentsLinks).toEqual(doc.sections.map((s) => `${BASE}/${s.key}`));
    expect(contents!.html).toContain('<html lang="en-GB">');
    expect(contents!.html).toContain('Version 2, <time datetime="2026-11-30T10:15:00.000Z">30 November 2026</time>');
    expect(contents!.html).toContain('(PDF, 412 KB)');
    expect(contents!.html).toContain('This version has been replaced');
    sections.forEach((page, i) => {
      expect(page.html).toContain('href="#maincontent"');
      expect(page.html).toContain(`class="nhsuk-back-link" href="${BASE}"`);
      expect(page.html).toMatch(new RegExp(`href="${i === 0 ? BASE : `${BASE}/${doc.sections[i - 1]!.key}`}" rel="prev"`));
      if (i < sections.length - 1) expect(page.html).toContain(`href="${BASE}/${doc.sections[i + 1]!.key}" rel="next"`);
      else expect(page.html).not.toContain('rel="next"');
      // Every link stays under the base path, or is one of the document's own outside links.
      for (const [, href] of page.html.matchAll(/<a [^>]*href="([^"]+)"/g)) expect(href).toMatch(/^(#maincontent|\/p\/northbridge\/digital-strategy\b|https:\/\/example\.org\/)/);
    });
  });

  it('puts headings in order on every page, never skipping a level, even when the tree skips one', async () => {
    const doc = sampleStrategyDocument();
    const skipping: StrategyDocument = { ...doc, sections: [...doc.sections, { key: 'odd', title: 'Odd', source: 'free', blocks: [{ kind: 'heading', level: 4, text: 'Deep first' }, { kind: 'heading', level: 3, text: 'Then shallow' }, { kind: 'heading', level: 4, text: 'Deep again' }] }] };
    const pages = await renderStrategyWeb(skipping, OPTIONS);
    for (const page of pages) {
      const levels = headingLevels(page.html);
      expect(levels[0], page.path).toBe(1);
      expect(levels.filter((l) => l === 1), page.path).toHaveLength(1);
      expect(levels.filter((l, i) => i > 0 && l > levels[i - 1]! + 1), `${page.path}: ${levels.join(' ')}`).toEqual([]);
    }
    expect(headingLevels(pages.find((p) => p.path === 'priorities')!.html)).toContain(3);
    expect(headingLevels(pages.find((p) => p.path === 'odd')!.html)).toEqual([1, 2, 2, 2, 3]);
  });

  it('draws figures as labelled SVG followed by their data table, hidden values said in words', async () => {
    const pages = await renderStrategyWeb(sampleStrategyDocument(), OPTIONS);
    const heard = pages.find((p) => p.path === 'what-we-heard')!.html;
    expect(heard).toMatch(/<svg [^>]*role="img" aria-labelledby="figure-1-title figure-1-desc"/);
    expect(heard).toContain('<desc id="figure-1-desc">Share of each staff group who answered: Nursing 60%');
    expect(heard).toMatch(/<text [^>]*>hidden \(small group\)<\/text>/);
    expect(heard).toContain('<span class="chorus-table__value">hidden (small group)</span>');
    expect(heard).toMatch(/<caption class="nhsuk-table__caption">Response rate by staff group<\/caption>/);
    expect(heard).toContain('<th scope="col" class="nhsuk-table__header" role="columnheader">Staff group</th>');
    expect(heard).toContain('<blockquote');
    expect(heard).toContain('<cite>Staff survey, nursing</cite>');
    const roadmap = pages.find((p) => p.path === 'roadmap')!.html;
    expect([...roadmap.matchAll(/<rect [^>]*fill="#005eb8"/g)]).toHaveLength(30);
    expect(roadmap).toMatch(/<text [^>]*font-weight="bold"[^>]*>Time back for care<\/text>/);
    const foreword = pages.find((p) => p.path === 'foreword')!.html;
    expect(foreword).toContain('<strong>Our staff</strong>');
    expect(foreword).toContain('<a href="https://example.org/evidence" rel="noopener">read the evidence</a>');
  });

  it('writes planted markup and naughty strings as text, never as markup', async () => {
    const { doc, planted } = plantedStrategyDocument();
    expect(new Set(planted.values())).toContain('<script>alert(1)</script>');
    expect(new Set(planted.values()).size).toBeGreaterThan(55);
    const pages = await renderStrategyWeb(doc, OPTIONS);
    expectSafe(pages);
    const all = pages.map((p) => p.html).join('\n');
    for (const [place, text] of planted) {
      // Markdown places turn `*x*` into emphasis: those are checked as text by the parser's own tests.
      if (/^(Foreword|Free section)/.test(place)) continue;
      expect(all, place).toContain(escaped(textSafe(`${place}: ${text}`)));
    }
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('makes an accent stylesheet from a hex colour only, NHS blue otherwise', () => {
    expect(accentStylesheet('#7C2855')).toContain('background-color:#7c2855');
    expect(accentStylesheet(null)).toContain('background-color:#005eb8');
    expect(accentStylesheet('red;}body{display:none')).not.toContain('red');
  });
});
