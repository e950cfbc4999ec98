import type { Inline } from '../../../../../shared/strategy-document.js';
import { fontFor } from './fonts.js';
import { pdfText } from './pdf-text.js';
import { LINE_GAP, TEXT_COLOUR } from './theme.js';

export interface TextBox {
  x: number;
  width: number;
  size: number;
  colour?: string;
  /** The colour of links (the accent colour, underlined). */
  linkColour: string;
}

/** A piece as it is printed: a link keeps its address in brackets, as paper cannot be clicked. */
const printed = (piece: Inline) => `${piece.br ? '\n' : ''}${pdfText(piece.text)}${piece.href ? ` (${piece.href})` : ''}`;

/**
 * Writes a run of inline pieces (bold, italic, links, line breaks) as one flowing text into the
 * structure element `parent`, starting at the current y. A link becomes a Link element with its
 * annotation, so a screen reader announces it as a link. Returns false when there is nothing to write.
 */
export function writeInline(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, pieces: Inline[], box: TextBox): boolean {
  const parts = pieces.filter((p) => p.text !== '' || p.br);
  if (parts.length === 0) return false;
  doc.x = box.x;
  parts.forEach((piece, i) => {
    const write = () => {
      doc
        .font(fontFor(piece))
        .fontSize(box.size)
        .fillColor(piece.href ? box.linkColour : (box.colour ?? TEXT_COLOUR))
        .text(printed(piece), { width: box.width, lineGap: LINE_GAP, continued: i < parts.length - 1, link: piece.href ?? null, underline: Boolean(piece.href) });
    };
    parent.add(piece.href ? doc.struct('Link', {}, write) : write);
  });
  return true;
}

/** The height the pieces will take, for keeping a paragraph's first lines with its heading. */
export function inlineHeight(doc: PDFKit.PDFDocument, pieces: Inline[], box: TextBox): number {
  doc.font(fontFor({})).fontSize(box.size);
  return doc.heightOfString(pieces.map(printed).join(''), { width: box.width, lineGap: LINE_GAP });
}
