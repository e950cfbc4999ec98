import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { NHSUK_DIST } from './pages/render.js';
import { createTestSurvey, h1, hiddenFields, newTestStrategy, openLinkOf, postForm } from '../../testing/surveys.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const full = readFileSync(path.join(NHSUK_DIST, 'nhsuk', 'nhsuk-frontend.min.css'), 'utf8');

/** Splits a selector list at its top-level commas (`:is(.a, .b)` stays whole). */
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

/** Every style-rule selector of a minified stylesheet (at-rule preludes and keyframe steps aside). */
const selectorsOf = (css: string) =>
  new Set([...css.matchAll(/([^{}]+)\{/g)].map((m) => m[1]!.trim()).filter((prelude) => !prelude.startsWith('@') && !/^(from|to|[\d.]+%)/.test(prelude)).flatMap(splitSelectors));

/** The classes elements must have for the selector to apply; those inside :not() are not needed. */
const withoutNot = (selector: string) => selector.replace(/:not\([^()]*\)/g, '');
const classesNeeded = (selector: string) => [...withoutNot(selector).matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
/** The element names the selector needs (`ol`, `h3`), found by taking away everything else. */
const tagsNeeded = (selector: string) =>
  withoutNot(selector).replace(/\[[^\]]*\]/g, ' ').replace(/::?[\w-]+/g, ' ').replace(/[.#][\w-]+/g, ' ').match(/[a-z][a-z0-9]*/g) ?? [];
/** Parts of class names the selector asks for, as in `[class^=nhsuk-caption]`. */
const classPartsNeeded = (selector: string) => [...withoutNot(selector).matchAll(/\[class[*^]?=["']?([\w-]+)/g)].map((m) => m[1]!);
const classesOf = (html: string) => new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/).filter(Boolean)));
const tagsOf = (html: string) => new Set([...html.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]!));
const styles = (selectors: Set<string>, cls: string) => [...selectors].some((selector) => classesNeeded(selector).includes(cls));

/** One page of each kind a respondent can see, errors included. */
async function everyKindOfPage() {
  const org = await signUpOrganisation(t.app, 'Stylesheet Trust');
  const strategyId = await newTestStrategy(org);
  const many = Array.from({ length: 14 }, (_, i) => `Site ${i + 1}`);
  const survey = await createTestSurvey(t.ctx.db, org, strategyId, {
    closesAt: new Date(Date.now() + 7 * 86_400_000),
    sections: [{
      title: 'Every kind of question',
      description: 'All of them are required, so continuing without answers shows every error.',
      questions: [
        { ref: 'single', type: 'single_choice', required: true, options: ['Yes', 'No'] },
        { ref: 'long_list', type: 'single_choice', required: true, options: many },
        { ref: 'multi', type: 'multiple_choice', required: true, options: ['EPR', 'Email'] },
        { ref: 'likert', type: 'likert', required: true },
        { ref: 'rating', type: 'rating', required: true },
        { ref: 'short', type: 'short_text', required: true },
        { ref: 'long', type: 'long_text', required: true },
        { ref: 'rank', type: 'ranking', required: true, options: ['Speed', 'Wi-Fi', 'Training'] },
        { ref: 'matrix', type: 'matrix', required: true, rows: ['Wi-Fi works', 'Log-in is quick'] },
      ],
    }],
  });
  const slug = await openLinkOf(org, survey.surveyId);
  const intro = await t.app.inject({ method: 'GET', url: `/s/${slug}` });
  const section = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(intro.body, `/s/${slug}/page`), nav: 'start' });
  const errors = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(section.body, `/s/${slug}/page`), nav: 'continue' });
  expect(errors.body).toContain('nhsuk-error-summary');
  expect(errors.body).toContain('<select');

  const short = await createTestSurvey(t.ctx.db, org, strategyId, { sections: [{ title: 'One thing', questions: [{ ref: 'a', type: 'short_text' }] }] });
  const shortSlug = await openLinkOf(org, short.surveyId);
  expect((await org.admin.put(`/api/v1/surveys/${short.surveyId}/distribution/access-code`, { code: 'Ward42' })).statusCode).toBe(200);
  const shortIntro = await t.app.inject({ method: 'GET', url: `/s/${shortSlug}` });
  const code = await postForm(t.app, `/s/${shortSlug}/page`, { ...hiddenFields(shortIntro.body, `/s/${shortSlug}/page`), nav: 'start' });
  const wrongCode = await postForm(t.app, `/s/${shortSlug}/code`, { ...hiddenFields(code.body, `/s/${shortSlug}/code`), code: 'ward41' });
  const first = await postForm(t.app, `/s/${shortSlug}/code`, { ...hiddenFields(code.body, `/s/${shortSlug}/code`), code: 'ward42' });
  const check = await postForm(t.app, `/s/${shortSlug}/page`, { ...hiddenFields(first.body, `/s/${shortSlug}/page`), nav: 'continue', [`q_${short.q.a}`]: 'Faster log-in' });
  expect(h1(check.body)).toBe('Check your answers before sending them');
  const submitted = await postForm(t.app, `/s/${shortSlug}/submit`, hiddenFields(check.body, `/s/${shortSlug}/submit`));
  const done = await t.app.inject({ method: 'GET', url: submitted.headers.location as string });
  const notFound = await t.app.inject({ method: 'GET', url: '/s/no-such-survey-link' });
  return {
    intro: intro.body, section: section.body, errors: errors.body, code: code.body, wrongCode: wrongCode.body,
    check: check.body, done: done.body, notFound: notFound.body,
  };
}

describe('the respondent stylesheet', () => {
  it('keeps every NHS.UK rule the pages use and leaves out most of the rest', async () => {
    const pages = await everyKindOfPage();
    const href = pages.intro.match(/<link rel="stylesheet" href="(\/assets\/nhsuk\/[^"]+)"/)?.[1];
    expect(href).toMatch(/^\/assets\/nhsuk\/nhsuk-respond-[0-9a-f]{12}\.min\.css$/);
    const response = await t.app.inject({ method: 'GET', url: href! });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
    const css = response.body;

    // Every rule of the full sheet that can apply to these pages (all the classes it needs are on
    // them) is still there, word for word.
    const used = new Set(Object.values(pages).flatMap((html) => [...classesOf(html)]));
    const tags = new Set(Object.values(pages).flatMap((html) => [...tagsOf(html)]));
    const kept = selectorsOf(css);
    const fullSelectors = selectorsOf(full);
    const applying = [...fullSelectors].filter((selector) => {
      const needed = classesNeeded(selector);
      return needed.length > 0 && needed.every((cls) => used.has(cls)) && tagsNeeded(selector).every((tag) => tags.has(tag))
        && classPartsNeeded(selector).every((part) => [...used].some((cls) => cls.includes(part)));
    });
    expect(applying.length).toBeGreaterThan(150);
    expect(applying.filter((selector) => !kept.has(selector))).toEqual([]);
    // Components the pages never show are gone: the cut did something.
    for (const unused of ['nhsuk-table', 'nhsuk-card', 'nhsuk-tabs', 'nhsuk-header__search', 'nhsuk-u-margin-top-9']) {
      expect(styles(fullSelectors, unused)).toBe(true);
      expect(styles(kept, unused)).toBe(false);
    }
    expect(css).not.toMatch(/https?:\/\//);
    expect(css.length).toBeLessThan(full.length / 3);
  });
});
