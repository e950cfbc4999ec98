import { FONT } from './fonts.js';
import { renderPdf } from './pdf-buffer.js';
import { pdfLine, pdfText } from './pdf-text.js';
import { LINE_GAP, SIZE, TEXT_COLOUR } from './theme.js';

/**
 * The benchmark's baseline: the same words as one plain, UNTAGGED section (no structure tree, no
 * artifacts, no bookmarks, no running header or footer), with the same library, page size, margins
 * and embedded DejaVu fonts, so that the difference measured is what tagging and layout cost.
 */
export async function plainPdf(title: string, paragraphs: string[]): Promise<Buffer> {
  const line = pdfLine(title);
  return renderPdf({ info: { Title: line, Creator: 'Chorus' }, size: 'A4', tagged: false }, (doc) => {
    doc.font(FONT.bold).fontSize(SIZE.h1).fillColor(TEXT_COLOUR).text(line);
    doc.moveDown(0.5);
    doc.font(FONT.regular).fontSize(SIZE.body);
    for (const p of paragraphs) doc.text(pdfText(p), { lineGap: LINE_GAP, paragraphGap: SIZE.body * 0.6 });
  });
}
