/*
 * Small pieces of page flow shared by the renderers. PDFKit writes top to bottom and starts a new
 * page only when a line runs past the bottom margin; these helpers keep a heading with what follows
 * it, keep a chart or a table row whole, and mark decoration as an Artifact so that a screen reader
 * skips it.
 */

export const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const spaceLeft = (doc: PDFKit.PDFDocument) => doc.page.maxY() - doc.y;

/** Starts a new page unless `height` still fits on this one (or this page has nothing on it yet). */
export function keepTogether(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.maxY() && doc.y > doc.page.margins.top + 1) doc.addPage();
  doc.x = doc.page.margins.left;
}

/**
 * Draws decoration (rules, bands, cell shading, the running header and footer) outside the
 * structure tree. Only call it between structure elements: PDFKit closes any open marked content
 * when an Artifact starts.
 */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  doc.save();
  draw();
  doc.restore();
  doc.endMarkedContent();
}

/** The longest start of `text` that fits `width` on one line in the current font, with "…" if cut. */
export function fitLine(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  // Binary search: a 5,000-character name must not cost 5,000 measurements.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('')}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('')}…`;
}
