import { artifact, fitLine } from './flow.js';
import { FONT } from './fonts.js';
import { pdfLine } from './pdf-text.js';
import { SECONDARY_TEXT, SIZE } from './theme.js';

/**
 * The running header (title, from page 2) and footer (organisation, "Page 3 of 12") on every page,
 * written once all pages exist so the count is known. They are Pagination artifacts: a screen
 * reader does not read "Page 3 of 12" in the middle of a sentence that runs over a page.
 */
export function pageFurniture(doc: PDFKit.PDFDocument, title: string, organisation: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { left, right } = doc.page.margins;
    const width = doc.page.width - left - right;
    // Writing into the bottom margin: without this PDFKit would start a new page for the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    artifact(
      doc,
      () => {
        doc.font(FONT.regular).fontSize(SIZE.small).fillColor(SECONDARY_TEXT);
        const footerY = doc.page.height - bottom / 2 - SIZE.small / 2;
        const pageLabel = `Page ${i - start + 1} of ${count}`;
        const labelWidth = doc.widthOfString(pageLabel);
        doc.text(fitLine(doc, pdfLine(organisation), width - labelWidth - 24), left, footerY, { lineBreak: false });
        doc.text(pageLabel, left + width - labelWidth, footerY, { lineBreak: false });
        if (i > start) doc.text(fitLine(doc, pdfLine(title), width), left, bottom / 2 - SIZE.small / 2, { lineBreak: false });
      },
      'Pagination',
    );
    doc.page.margins.bottom = bottom;
  }
}
