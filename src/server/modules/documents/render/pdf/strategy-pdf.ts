import type { DocBlock, DocSection, StrategyDocument } from '../../../../../shared/strategy-document.js';
import { cover } from './cover.js';
import { figure } from './figure.js';
import { pageFurniture } from './page-furniture.js';
import { renderPdf } from './pdf-buffer.js';
import { pdfLine } from './pdf-text.js';
import { table } from './table.js';
import { heading, textBlock, type Flow } from './text-blocks.js';
import { accent, pdfInfo } from './theme.js';

/*
 * The strategy as a tagged PDF (PDF 1.7, structure tree, British English, embedded fonts) made in
 * Node with PDFKit: no browser or office suite at run time. The tree follows the document: a
 * Document element holding the H1 title, then one Sect per section with its H2 title and its
 * blocks (H3/H4, P, L, Table, Figure, BlockQuote). Each section starts a page and has a bookmark.
 */

function block(flow: Flow, b: DocBlock, bookmark: PDFKit.PDFOutline): void {
  switch (b.kind) {
    case 'table':
      return table(flow, b.table);
    case 'figure':
      return figure(flow, b);
    case 'heading':
      if (b.level === 3) bookmark.addItem(pdfLine(b.text));
      return textBlock(flow, b);
    default:
      return textBlock(flow, b);
  }
}

function section(doc: PDFKit.PDFDocument, root: PDFKit.PDFStructureElement, s: DocSection, colour: string): void {
  doc.addPage();
  const sect = doc.struct('Sect');
  root.add(sect);
  const flow: Flow = { doc, parent: sect, accent: colour };
  const bookmark = doc.outline.addItem(pdfLine(s.title));
  heading(flow, 2, s.title);
  for (const b of s.blocks) block(flow, b, bookmark);
  sect.end();
}

export async function strategyPdf(strategy: StrategyDocument): Promise<Buffer> {
  const colour = accent(strategy.accentColour);
  const title = pdfLine(strategy.title);
  const organisation = pdfLine(strategy.organisation);
  return renderPdf({ info: pdfInfo(title, organisation, 'Digital strategy'), size: 'A4', tagged: true, bufferPages: true }, (doc) => {
    const root = doc.struct('Document');
    doc.addStructure(root);
    cover(doc, root, strategy, colour);
    for (const s of strategy.sections) section(doc, root, s, colour);
    root.end();
    pageFurniture(doc, title, organisation);
  });
}
