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

export const FONT = { regular: 'DejaVuSans', bold: 'DejaVu-Bold', italic: 'DejaVu-Oblique', boldItalic: 'DejaVu-BoldOblique' } as const;
export type FontName = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontName, string> = {
  [FONT.regular]: 'DejaVuSans.ttf',
  [FONT.bold]: 'DejaVuSans-Bold.ttf',
  [FONT.italic]: 'DejaVuSans-Oblique.ttf',
  [FONT.boldItalic]: 'DejaVuSans-BoldOblique.ttf',
};

/*
 * Parsed once per process. PDFKit accepts a parsed fontkit font in place of a file, and fontkit
 * keeps what it has decoded (the glyph tables, the layout engine) on that object; parsing the four
 * files afresh for each PDF took over a second a document. PDFKit's own copy of fontkit is used,
 * so the objects are the kind it expects. Each PDF still embeds its own subset.
 */
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Buffer): object };
let parsed: Map<FontName, object> | null = null;
function fonts(): Map<FontName, object> {
  parsed ??= new Map((Object.keys(FILES) as FontName[]).map((name) => [name, fontkit.create(readFileSync(path.join(TTF, FILES[name])))]));
  return parsed;
}

/** The regular face, for the PDFKit constructor's `font`, so that Helvetica is never even loaded. */
export const regularFont = (): string => fonts().get(FONT.regular) as unknown as string;

export function registerFonts(doc: PDFKit.PDFDocument): void {
  // PDFKit's types name only files and buffers; its code takes any object with fontkit's `layout`.
  for (const [name, font] of fonts()) doc.registerFont(name, font as unknown as Buffer);
  doc.font(FONT.regular);
}

export const fontFor = (style: { strong?: boolean; em?: boolean }): FontName =>
  style.strong ? (style.em ? FONT.boldItalic : FONT.bold) : style.em ? FONT.italic : FONT.regular;
