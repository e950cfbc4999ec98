import type { StrategyDocument } from '../../../../../shared/strategy-document.js';
import { render } from '../../../respond/index.js';
import { contentsView, sectionView, textSafe, type WebOptions } from './view-model.js';

export type { WebOptions } from './view-model.js';

/*
 * The strategy's web version: a contents page (the cover) and one page per section, rendered on
 * the server with the NHS.UK design system's templates, so they work without JavaScript, under a
 * content security policy that allows no script and no inline style. The pages link each other
 * under `basePath`; the route serves them with `documentStylesheet()` and `accentStylesheet()`.
 */

export interface WebPage {
  /** '' for the contents page, else the section's key. */
  path: string;
  /** The window title, as text. */
  title: string;
  html: string;
}

export async function renderStrategyWeb(doc: StrategyDocument, options: WebOptions): Promise<WebPage[]> {
  const whole = `${textSafe(doc.title)} – ${textSafe(doc.organisation)}`;
  const contents: WebPage = { path: '', title: whole, html: await render('document/contents.njk', { ...contentsView(doc, options), pageTitle: whole }) };
  const sections = await Promise.all(
    doc.sections.map(async (section, i): Promise<WebPage> => {
      const title = `${textSafe(section.title)} – ${whole}`;
      return { path: section.key, title, html: await render('document/section.njk', { ...sectionView(doc, options, i), pageTitle: title }) };
    }),
  );
  return [contents, ...sections];
}
