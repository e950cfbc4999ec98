import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NHSUK_DIST } from './render.js';
import { templateFiles } from './template-files.js';

/**
 * The respondent pages' NHS.UK stylesheet, cut down to the rules these pages can use.
 *
 * nhsuk-frontend's compiled CSS is 270 KB, most of it components the pages never show (tables,
 * cards, tabs, navigation, utility classes). PurgeCSS keeps each rule whose classes and elements
 * appear in what can end up in a page: our templates, the nhsuk templates they call (followed
 * through their imports), and this folder's code, which passes classes to the macros. That leaves
 * about a quarter. `stylesheet.test.ts` renders every kind of page and checks that each rule of
 * the full stylesheet that could apply to them is still there, word for word.
 */

const require = createRequire(import.meta.url);
const VIEWS = fileURLToPath(new URL('../../../views', import.meta.url));
const PAGES = fileURLToPath(new URL('.', import.meta.url));
const NHSUK_CSS = path.join(NHSUK_DIST, 'nhsuk', 'nhsuk-frontend.min.css');
const versionOf = (pkg: string) => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/** Templates of ours that are not respondent pages (the poster has its own stylesheet). */
const NOT_RESPONDENT_PAGES = new Set(['poster.njk']);

/** summary-list imports the card for its `card` option, which the check page does not use. */
const UNUSED_IMPORTS = [/^nhsuk\/components\/card\//];

/**
 * Classes built by joining strings inside nhsuk's templates (`classPrefix ~ size`), which no
 * scan of the template text can see whole. The pages use some of each family; all are kept.
 */
const BUILT_CLASSES = [
  /^nhsuk-label--/,
  /^nhsuk-fieldset__legend--/,
  /^nhsuk-caption-/,
  /^nhsuk-heading-/,
  /^nhsuk-icon--/,
  /^nhsuk-button--/,
  /^nhsuk-input--width-/,
  /^nhsuk-input-wrapper__/,
];

/**
 * Parts of the header for options the layout never passes (navigation, account, search, an
 * organisation's own logo, the white and inline variants). They are in the header's template
 * text, so the scan would keep them; they are a third of what would remain.
 */
const UNUSED_PARTS = [/^nhsuk-header__(account|navigation|menu|search|organisation)/, /^nhsuk-header--/];

/** The files whose text decides which rules stay, in a stable order. */
function contentFiles(): string[] {
  const respond = path.join(VIEWS, 'respond');
  const pages = readdirSync(respond).sort().filter((file) => file.endsWith('.njk') && !NOT_RESPONDENT_PAGES.has(file));
  const found = templateFiles(pages.map((file) => path.join(respond, file)), UNUSED_IMPORTS);
  for (const file of readdirSync(PAGES).sort()) {
    // This file names classes only to keep or drop them, which says nothing of their use.
    if (file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'stylesheet.ts') found.add(path.join(PAGES, file));
  }
  return [...found];
}

/**
 * The stylesheet asks for Frutiger from assets.nhs.uk. The content security policy refuses
 * fonts from elsewhere (and a survey page should not tell another site who opened it), so those
 * rules are dropped and pages use the design system's fallback, Arial.
 */
const withoutRemoteFonts = (css: string) => css.replace(/@font-face\{[^}]*https?:\/\/[^}]*\}/g, '');

export interface Stylesheet {
  /** Changes whenever anything that decides the output changes, for a long-cached file name. */
  version: string;
  build(): Promise<Buffer>;
}

/** Reads the inputs now (a few milliseconds); the purge itself runs on the first `build()`. */
export function respondentStylesheet(): Stylesheet {
  const content = contentFiles().map((file) => readFileSync(file, 'utf8')).join('\n');
  const version = createHash('sha256')
    .update(`nhsuk-frontend ${versionOf('nhsuk-frontend')} purgecss ${versionOf('purgecss')}\n`)
    .update(String([UNUSED_IMPORTS, BUILT_CLASSES, UNUSED_PARTS]))
    .update(content)
    .digest('hex')
    .slice(0, 12);
  let built: Promise<Buffer> | null = null;
  const build = async () => {
    // Loaded only here: most processes (tests, the CLI) never build the stylesheet.
    const { PurgeCSS } = await import('purgecss');
    const [result] = await new PurgeCSS().purge({
      content: [{ raw: content, extension: 'html' }],
      css: [{ raw: withoutRemoteFonts(readFileSync(NHSUK_CSS, 'utf8')) }],
      safelist: { standard: BUILT_CLASSES },
      blocklist: UNUSED_PARTS,
    });
    return Buffer.from(result!.css);
  };
  return {
    version,
    build: () => {
      built ??= build();
      return built;
    },
  };
}
