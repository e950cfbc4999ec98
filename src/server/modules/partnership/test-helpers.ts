import type { App } from '../../platform/module.js';
import { h1, hiddenFields, postForm } from '../../testing/surveys.js';

/**
 * Answers the partnership survey as a member of staff with JavaScript off would: the open link's
 * intro, one section a page (every answer field posted on each; the page takes its own), the
 * check page, then submit. Returns the final redirect's location.
 */
export async function answerThroughPages(app: App, slug: string, fields: Record<string, string>): Promise<string | undefined> {
  const intro = await app.inject({ method: 'GET', url: `/s/${slug}` });
  let page = await postForm(app, `/s/${slug}/page`, { ...hiddenFields(intro.body, `/s/${slug}/page`), nav: 'start' });
  for (let step = 0; step < 10 && h1(page.body) !== 'Check your answers before sending them'; step += 1) {
    page = await postForm(app, `/s/${slug}/page`, { ...hiddenFields(page.body, `/s/${slug}/page`), nav: 'continue', ...fields });
  }
  const submitted = await postForm(app, `/s/${slug}/submit`, hiddenFields(page.body, `/s/${slug}/submit`));
  return submitted.headers.location as string | undefined;
}
