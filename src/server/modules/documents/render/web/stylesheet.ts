import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NHSUK_DIST, templateFiles } from '../../../respond/index.js';
import { accentOf } from './view-model.js';

/**
 * The web version's stylesheet: nhsuk-frontend's CSS cut down by PurgeCSS to the rules the
 * document's pages can use (our templates, the nhsuk templates they call, followed through their
 * imports, and this folder's code), then our own few rules (views/document/assets/document.css).
 * Built the way respond/pages/stylesheet.ts builds the survey pages' one, so each page and the
 * CSS it loads stay well under 150 KB together.
 */

const require = createRequire(import.meta.url);
const VIEWS = fileURLToPath(new URL('../../../../views', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const OWN_CSS = path.join(VIEWS, 'document', 'assets', 'document.css');
const NHSUK_CSS = path.join(NHSUK_DIST, 'nhsuk', 'nhsuk-frontend.min.css');
const versionOf = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/** Classes nhsuk's templates build by joining strings, which no scan of their text sees whole. */
const BUILT_CLASSES = [/^nhsuk-caption-/, /^nhsuk-heading-/, /^nhsuk-icon--/, /^nhsuk-card__heading/];

/**
 * Parts of components the pages never use, though their templates mention them: the header's
 * navigation, account, search and organisation logo, the card's other variants (the warning
 * callout is a card), numbered pagination and the reversed colours. They would be a third of it.
 */
const UNUSED_PARTS = [
  /^nhsuk-header__(account|navigation|menu|search|organisation)/,
  /^nhsuk-header--/,
  /^nhsuk-card--(clickable|feature|primary|secondary|care)/,
  /^nhsuk-card__(img|action|link|arrow)/,
  /^nhsuk-card-group/,
  // Pagination is always previous/next, never numbered; nothing is shown reversed (on a dark band).
  /^nhsuk-pagination--numbered/,
  /^nhsuk-pagination__(item|previous$|next$)/,
  /--reverse$/,
];

/** Nested nhsuk templates a page's templates import but never reach with these options. */
const UNUSED_IMPORTS = [/^nhsuk\/components\/(card\/action|input|button)\//];

function contentFiles(): string[] {
  const views = path.join(VIEWS, 'document');
  const found = templateFiles(readdirSync(views).sort().filter((file) => file.endsWith('.njk')).map((file) => path.join(views, file)), UNUSED_IMPORTS);
  for (const file of readdirSync(HERE).sort()) {
    // This file names classes only to keep or drop them, which says nothing of their use.
    if (file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'stylesheet.ts') found.add(path.join(HERE, file));
  }
  return [...found];
}

/** Frutiger comes from assets.nhs.uk, which the CSP refuses; the pages use the fallback, Arial. */
const withoutRemoteFonts = (css: string) => css.replace(/@font-face\{[^}]*https?:\/\/[^}]*\}/g, '');

export interface DocumentStylesheet {
  css: string;
  /** Changes whenever anything that decides the CSS changes, for a long-cached file name. */
  version: string;
}

let built: Promise<DocumentStylesheet> | null = null;

/**
 * Built once per process, on first use (PurgeCSS takes about half a second and is asynchronous,
 * so this returns a promise).
 */
export function documentStylesheet(): Promise<DocumentStylesheet> {
  built ??= (async () => {
    const content = contentFiles().map((file) => readFileSync(file, 'utf8')).join('\n');
    const own = readFileSync(OWN_CSS, 'utf8');
    const { PurgeCSS } = await import('purgecss');
    const [result] = await new PurgeCSS().purge({
      content: [{ raw: content, extension: 'html' }],
      css: [{ raw: withoutRemoteFonts(readFileSync(NHSUK_CSS, 'utf8')) }],
      safelist: { standard: BUILT_CLASSES },
      blocklist: UNUSED_PARTS,
    });
    const css = `${result!.css}\n${own}`;
    const version = createHash('sha256')
      .update(`nhsuk-frontend ${versionOf('nhsuk-frontend')} purgecss ${versionOf('purgecss')}\n`)
      .update(css)
      .digest('hex')
      .slice(0, 12);
    return { css, version };
  })();
  return built;
}

/**
 * The organisation's colour for the header band and the title's rule, as its own small file:
 * the content security policy allows no `<style>` and no style attribute. Anything but a hex
 * colour gives NHS blue, so nothing but a colour can reach the CSS.
 */
export function accentStylesheet(accent: string | null): string {
  const colour = accentOf(accent);
  return `.nhsuk-header{background-color:${colour}}.chorus-doc-header{border-bottom-color:${colour}}.chorus-doc__title{border-bottom-color:${colour}}.nhsuk-footer{border-top-color:${colour}}\n`;
}
