import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { createTestSurvey, hiddenFields, newTestStrategy, openLinkOf, postForm } from './testing.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const KB = 1024;

describe('respondent page weight', () => {
  it('keeps a typical question page and everything it loads under 150 KB, fonts aside', async () => {
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

    // What a phone downloads: the page, then each stylesheet it links (compressed, as browsers ask).
    const stylesheets = [...page.body.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(stylesheets.length).toBeGreaterThan(0);
    expect(page.body).not.toMatch(/<script/i);
    let transferred = page.rawPayload.length;
    let uncompressed = page.rawPayload.length;
    for (const href of stylesheets) {
      expect(href).toMatch(/^\/assets\//);
      const css = await t.app.inject({ method: 'GET', url: href, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(css.statusCode).toBe(200);
      expect(css.headers['content-encoding']).toMatch(/br|gzip/);
      transferred += css.rawPayload.length;
      const plain = await t.app.inject({ method: 'GET', url: href });
      uncompressed += plain.rawPayload.length;
    }
    console.info(`question page: HTML ${(page.rawPayload.length / KB).toFixed(1)} KB; with CSS ${(transferred / KB).toFixed(1)} KB transferred, ${(uncompressed / KB).toFixed(1)} KB uncompressed`);
    expect(transferred).toBeLessThan(150 * KB);
    expect(page.rawPayload.length).toBeLessThan(60 * KB);
  });
});
