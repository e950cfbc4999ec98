import type { StrategyPoster } from '../../../../../shared/strategy-document.js';
import { FONT, type FontName } from './fonts.js';
import { pdfLine, pdfText } from './pdf-text.js';

/*
 * The poster's words as a list of measured pieces, and the search for the largest type that puts
 * them all on one page. Sizes are given for scale 1 on landscape A4; the page's own scale (A3 is
 * √2 larger) and the fitting scale multiply them.
 */

export type Role = 'H3' | 'P' | 'H4' | 'LI';
export interface Piece {
  role: Role;
  text: string;
  font: FontName;
  size: number;
  /** Space after the piece, at scale 1. */
  gap: number;
}

export const BASE = { title: 26, organisation: 12, h2: 12, mission: 15, address: 10, pad: 14, gutter: 14, bulletIndent: 10 } as const;
export const MAX_LISTED = 3;

/*
 * A wall poster is read from a step away: a field longer than these limits is cut with "…" (the
 * address beneath points to the full strategy). This also keeps the fitting quick: PDFKit takes
 * about a second to wrap a 5,000-character word, and the fitting measures every string several times.
 */
export const LIMIT = { title: 200, mission: 600, summary: 400, item: 200 } as const;
export function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** One priority's card: title, summary, then up to three initiatives and three measures. */
export function cardPieces(priority: StrategyPoster['priorities'][number]): Piece[] {
  const items = (heading: string, texts: string[]): Piece[] =>
    texts.length === 0
      ? []
      : [
          { role: 'H4', text: heading, font: FONT.bold, size: 8.5, gap: 2 },
          ...texts.slice(0, MAX_LISTED).map((t): Piece => ({ role: 'LI', text: pdfText(cut(t, LIMIT.item)), font: FONT.regular, size: 8.5, gap: 1.5 })),
        ];
  return [
    { role: 'H3', text: pdfLine(cut(priority.title, LIMIT.item)), font: FONT.bold, size: 11.5, gap: 3 },
    { role: 'P', text: pdfText(cut(priority.summary, LIMIT.summary)), font: FONT.regular, size: 9, gap: 5 },
    ...items('What we will do', priority.initiatives),
    ...items('How we will know', priority.measures),
  ];
}

export function pieceHeight(doc: PDFKit.PDFDocument, piece: Piece, width: number, scale: number): number {
  doc.font(piece.font).fontSize(piece.size * scale);
  const w = piece.role === 'LI' ? width - BASE.bulletIndent * scale : width;
  return doc.heightOfString(piece.text || ' ', { width: Math.max(w, 1) }) + piece.gap * scale;
}

export const columnsFor = (count: number) => (count <= 4 ? Math.max(count, 1) : 3);

export interface PosterPlan {
  scale: number;
  /** Left and right page margin. */
  side: number;
  bandHeight: number;
  missionHeight: number;
  headingHeight: number;
  rowHeights: number[];
  addressHeight: number;
  columns: number;
  columnWidth: number;
  /** True when even the smallest type does not fit: the drawing then cuts text with "…" to stay on one page. */
  clipped: boolean;
}

export interface PosterText {
  title: string;
  organisation: string;
  mission: string;
  address: string | null;
  cards: Piece[][];
}

// A sparse poster grows to fill the wall sheet; a crowded one shrinks, down to 40% of the base sizes.
const MAX_SCALE = 2;
const MIN_SCALE = 0.4;
export const addressLine = (address: string) => `Read the full strategy at ${address}`;

const STEP = 0.04;

/**
 * The largest scale (in steps of 4% of the base sizes) at which the whole poster fits the page.
 * Found by bisection — the height only grows with the type — because each try measures every
 * string, and a 5,000-character one costs PDFKit a good part of a second to wrap.
 */
export function planPoster(doc: PDFKit.PDFDocument, text: PosterText, pageScale: number): PosterPlan {
  const steps = Math.round((MAX_SCALE - MIN_SCALE) / STEP);
  const at = (k: number) => measure(doc, text, (MAX_SCALE - k * STEP) * pageScale, pageScale);
  const fits = (plan: PosterPlan) => posterHeight(plan) <= doc.page.height;
  const largest = at(0);
  if (fits(largest)) return largest;
  let smallest = at(steps);
  if (!fits(smallest)) return { ...smallest, clipped: true };
  // Invariant: step `low` does not fit, step `high` does.
  let low = 0;
  let high = steps;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    const plan = at(mid);
    if (fits(plan)) {
      high = mid;
      smallest = plan;
    } else low = mid;
  }
  return smallest;
}

function measure(doc: PDFKit.PDFDocument, text: PosterText, scale: number, pageScale: number): PosterPlan {
  const side = BASE.pad * 2 * pageScale;
  const width = doc.page.width - 2 * side;
  const pad = BASE.pad * scale;
  const h = (font: FontName, size: number, t: string, w = width) => doc.font(font).fontSize(size * scale).heightOfString(t || ' ', { width: w });
  const bandHeight = pad * 2 + h(FONT.bold, BASE.title, text.title) + 4 * scale + h(FONT.regular, BASE.organisation, text.organisation);
  const missionHeight = h(FONT.bold, BASE.h2, 'Our mission') + 3 * scale + h(FONT.italic, BASE.mission, text.mission) + pad;
  const headingHeight = h(FONT.bold, BASE.h2, 'Our priorities') + 4 * scale;
  const columns = columnsFor(text.cards.length);
  const gutter = BASE.gutter * scale;
  const columnWidth = (width - gutter * (columns - 1)) / columns;
  const rowHeights: number[] = [];
  text.cards.forEach((card, i) => {
    const cardHeight = card.reduce((sum, piece) => sum + pieceHeight(doc, piece, cardTextWidth(columnWidth, scale), scale), 0) + pad * 0.5;
    const row = Math.floor(i / columns);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, cardHeight);
  });
  const addressHeight = text.address === null ? 0 : h(FONT.regular, BASE.address, addressLine(text.address)) + pad * 0.5;
  return { scale, side, bandHeight, missionHeight, headingHeight, rowHeights, addressHeight, columns, columnWidth, clipped: false };
}

/** A card's text sits right of a 4-point accent rule. */
export const cardTextWidth = (columnWidth: number, scale: number) => columnWidth - 8 * scale;

export function posterHeight(plan: PosterPlan): number {
  const pad = BASE.pad * plan.scale;
  const rows = plan.rowHeights.reduce((a, b) => a + b + BASE.gutter * plan.scale, 0);
  return plan.bandHeight + pad + plan.missionHeight + plan.headingHeight + rows + plan.addressHeight + pad;
}
