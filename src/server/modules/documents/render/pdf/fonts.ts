import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * DejaVu Sans, embedded (as a subset) in every PDF we make. The PDF "standard 14" fonts are never
 * used: a reader substitutes them from its own system, they are not embedded (so PDF/UA checkers
 * fail the file) and they cover only Latin-1, so names in other scripts would print as boxes.
 */

const require = createRequire(import.meta.url);
const TTF = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONT = { regular: 'DejaVu', bold: 'DejaVu-Bold', italic: 'DejaVu-Oblique', boldItalic: 'DejaVu-BoldOblique' } as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, string> = {
  [FONT.regular]: 'DejaVuSans.ttf',
  [FONT.bold]: 'DejaVuSans-Bold.ttf',
  [FONT.italic]: 'DejaVuSans-Oblique.ttf',
  [FONT.boldItalic]: 'DejaVuSans-BoldOblique.ttf',
};

/** The regular face's file, given to the PDFKit constructor so that Helvetica is never even loaded. */
export const REGULAR_FONT_FILE = path.join(TTF, FILES[FONT.regular]);

// Read once per process: four files of ~700 kB each would otherwise be read for every document.
let cache: Map<FontName, Buffer> | null = null;
function fontData(): Map<FontName, Buffer> {
  cache ??= new Map((Object.keys(FILES) as FontName[]).map((name) => [name, readFileSync(path.join(TTF, FILES[name]))]));
  return cache;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, data] of fontData()) doc.registerFont(name, data);
  doc.font(FONT.regular);
}

export const fontFor = (style: { strong?: boolean; em?: boolean }): FontName =>
  style.strong ? (style.em ? FONT.boldItalic : FONT.bold) : style.em ? FONT.italic : FONT.regular;
