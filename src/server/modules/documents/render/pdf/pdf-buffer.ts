import PDFDocument from 'pdfkit';
import { regularFont, registerFonts } from './fonts.js';
import { MARGIN } from './theme.js';

export interface PdfSetup {
  info: PDFKit.DocumentInfo;
  size: 'A4' | 'A3';
  layout?: 'portrait' | 'landscape';
  /** A tagged PDF carries a structure tree that screen readers follow; the plain baseline does not. */
  tagged: boolean;
  /** Keep every page open until the end, so that "Page 3 of 12" can be written once the count is known. */
  bufferPages?: boolean;
  margin?: number;
}

/**
 * Makes a PDF with PDFKit's document set up the same way for every output (PDF 1.7, British
 * English, the title shown in the reader's title bar, DejaVu fonts embedded), lets `draw` fill it,
 * and gives back the finished file.
 */
export function renderPdf(setup: PdfSetup, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: setup.size,
    layout: setup.layout ?? 'portrait',
    margin: setup.margin ?? MARGIN,
    pdfVersion: '1.7',
    lang: 'en-GB',
    tagged: setup.tagged,
    displayTitle: true,
    bufferPages: setup.bufferPages ?? false,
    font: regularFont(),
    info: setup.info,
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  registerFonts(doc);
  draw(doc);
  doc.end();
  return finished;
}
