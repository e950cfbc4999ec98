import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { createTestSurvey, hiddenFields, newTestStrategy, openLinkOf, postForm } from '../../testing/surveys.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const KB = 1024;

describe('respondent page weight', () => {
  it('keeps a typical question page and everything it loads under 150 KB uncompressed, fonts aside', async () => {
    const org = await signUpOrganisation(t.app, 'Light Trust');
    const survey = await createTestSurvey(t.ctx.db, org, await newTestStrategy(org), {
      sections: [{
        title: 'Digital tools',
        questions: [
          { ref: 'a', type: 'likert', title: 'The computers I use start quickly', required: true },
          { ref: 'b', type: 'multiple_choice', title: 'Which systems do you use every day?', options: ['EPR', 'E-prescribing', 'PACS', 'Rostering', 'Email', 'Intranet'] },
          { ref: 'c', type: 'rating', title: 'How likely are you to recommend the EPR to a colleague?' },
          { ref: 'd', type: 'matrix', title: 'How far do you agree?', rows: ['Wi-Fi works where I need it', 'I can log in quickly', 'I get help when IT fails'] },
          { ref: 'e', type: 'long_text', title: 'What one change would help you most?' },
        ],
      }],
    });
    const slug = await openLinkOf(org, survey.surveyId);
    const intro = await t.app.inject({ method: 'GET', url: `/s/${slug}` });
    const page = await postForm(t.app, `/s/${slug}/page`, { ...hiddenFields(intro.body, `/s/${slug}/page`), nav: 'start' });
    expect(page.body).toContain('How far do you agree?');

    // What a phone downloads: the page, each stylesheet, script and image it refers to, and each
    // image those stylesheets refer to. Fonts aside: the pages use the system's Arial.
    expect(page.body).not.toMatch(/<script/i);
    const pending = [...page.body.matchAll(/<(?:link rel="stylesheet" href|script[^>]* src|img[^>]* src)="([^"]+)"/g)].map((m) => m[1]!);
    expect(pending.length).toBeGreaterThan(0);
    const loaded = new Set<string>();
    let uncompressed = page.rawPayload.length;
    let transferred = page.rawPayload.length;
    for (let href = pending.shift(); href !== undefined; href = pending.shift()) {
      if (loaded.has(href) || href.startsWith('data:') || /\.(woff2?|ttf|otf|eot)$/.test(href)) continue;
      loaded.add(href);
      expect(href).toMatch(/^\/assets\//);
      const plain = await t.app.inject({ method: 'GET', url: href });
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      uncompressed += plain.rawPayload.length;
      const compressed = await t.app.inject({ method: 'GET', url: href, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      transferred += compressed.rawPayload.length;
      if (String(plain.headers['content-type']).startsWith('text/css')) {
        expect(compressed.headers['content-encoding']).toMatch(/br|gzip/);
        pending.push(...[...plain.body.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((m) => m[1]!));
      }
    }
    console.info(`question page: HTML ${(page.rawPayload.length / KB).toFixed(1)} KB; with ${loaded.size} files it loads, `
      + `${(uncompressed / KB).toFixed(1)} KB uncompressed, ${(transferred / KB).toFixed(1)} KB transferred`);
    expect(uncompressed).toBeLessThan(150 * KB);
    expect(transferred).toBeLessThan(50 * KB);
    expect(page.rawPayload.length).toBeLessThan(60 * KB);
  });
});
