import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NHSUK_DIST } from '../../../respond/index.js';
import { sampleStrategyDocument } from '../../testing-document.js';
import { plantedStrategyDocument } from './planted-document.js';
import { renderStrategyWeb } from './render-web.js';
import { documentStylesheet } from './stylesheet.js';

/*
 * The same check as respond/stylesheet.test.ts makes of the survey pages' sheet (its helpers are
 * local to that test, so they are repeated here): every NHS.UK rule that can apply to a page of
 * the web version survives the cut, word for word, and components the pages never show are gone.
 */

const full = readFileSync(path.join(NHSUK_DIST, 'nhsuk', 'nhsuk-frontend.min.css'), 'utf8');

function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    if (list[i] === '(') depth += 1;
    else if (list[i] === ')') depth -= 1;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, list.slice(start)].map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
const selectorsOf = (css: string) =>
  new Set([...css.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim()).filter((prelude) => !prelude.startsWith('@') && !/^(from|to|[\d.]+%)/.test(prelude)).flatMap(splitSelectors));
const withoutNot = (selector: string) => selector.replace(/:not\([^()]*\)/g, '');
const classesNeeded = (selector: string) => [...withoutNot(selector).matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
const tagsNeeded = (selector: string) =>
  withoutNot(selector).replace(/\[[^\]]*\]/g, ' ').replace(/::?[\w-]+/g, ' ').replace(/[.#][\w-]+/g, ' ').match(/[a-z][a-z0-9]*/g) ?? [];
const classPartsNeeded = (selector: string) => [...withoutNot(selector).matchAll(/\[class[*^]?=["']?([\w-]+)/g)].map((m) => m[1]!);
/** Attributes the selector asks for (`[data-sort]`), which these pages may never carry. */
const attributesNeeded = (selector: string) => [...withoutNot(selector).matchAll(/\[([\w-]+)/g)].map((m) => m[1]!).filter((name) => name !== 'class');
const classesOf = (html: string) => new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));
const tagsOf = (html: string) => new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]!));
const styles = (selectors: Set<string>, cls: string) => [...selectors].some((selector) => classesNeeded(selector).includes(cls));

/** Every kind of page: each notice, a draft and a version, downloads or none, naughty text. */
async function everyKindOfPage(): Promise<string[]> {
  const base = { basePath: '/p/x', stylesheetHref: '/s.css' };
  const downloads = [{ label: 'PDF', href: '/p/x/a.pdf', bytes: 1000 }];
  const runs = await Promise.all([
    renderStrategyWeb(sampleStrategyDocument(), { ...base, downloads, notice: { kind: 'superseded', text: 'Replaced.', href: '/p/y' } }),
    renderStrategyWeb({ ...sampleStrategyDocument(), version: null }, { ...base, downloads: [], notice: { kind: 'draft', text: 'Draft.' } }),
    renderStrategyWeb(plantedStrategyDocument().doc, { ...base, downloads, notice: { kind: 'consultation', text: 'Comment.', href: '/p/c' } }),
  ]);
  return runs.flat().map((p) => p.html);
}

describe('the web version stylesheet', () => {
  it('keeps every NHS.UK rule the pages use and leaves out most of the rest', async () => {
    const pages = await everyKindOfPage();
    const { css, version } = await documentStylesheet();
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    const used = new Set(pages.flatMap((html) => [...classesOf(html)]));
    const tags = new Set(pages.flatMap((html) => [...tagsOf(html)]));
    const kept = selectorsOf(css);
    const fullSelectors = selectorsOf(full);
    const applying = [...fullSelectors].filter((selector) => {
      const needed = classesNeeded(selector);
      return needed.length > 0 && needed.every((cls) => used.has(cls)) && tagsNeeded(selector).every((tag) => tags.has(tag))
        && classPartsNeeded(selector).every((part) => [...used].some((cls) => cls.includes(part)))
        && attributesNeeded(selector).every((name) => pages.some((html) => new RegExp(`<[^>]*\\s${name}[\\s=>]`).test(html)));
    });
    expect(applying.length).toBeGreaterThan(150);
    expect(applying.filter((selector) => !kept.has(selector))).toEqual([]);
    for (const unused of ['nhsuk-tabs', 'nhsuk-header__search', 'nhsuk-u-margin-top-9', 'nhsuk-card--care', 'nhsuk-pagination--numbered', 'nhsuk-breadcrumb--reverse']) {
      expect(styles(fullSelectors, unused), unused).toBe(true);
      expect(styles(kept, unused), unused).toBe(false);
    }
    expect(css).not.toMatch(/https?:\/\//);
    expect(css.length).toBeLessThan(full.length / 4);
  });
});
