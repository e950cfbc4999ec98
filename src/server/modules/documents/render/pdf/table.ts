import type { DocTable } from '../../../../../shared/strategy-document.js';
import { artifact, contentWidth, keepTogether } from './flow.js';
import { FONT } from './fonts.js';
import { pdfLine, pdfText } from './pdf-text.js';
import type { Flow } from './text-blocks.js';
import { HEADER_FILL, LINE_GAP, RULE_COLOUR, SIZE, TEXT_COLOUR } from './theme.js';

/*
 * A table drawn row by row, so that it can break between rows: a row never splits across pages,
 * and the header row is drawn again at the top of each page the table runs onto. The repeat is an
 * Artifact, so a screen reader hears the header cells once, as TH in the first row. A row too tall
 * for any page (a 5,000-character name in a narrow column) is written cell under cell instead, at
 * the table's full width, and flows on to the next page like a paragraph.
 */

const PAD = 4;
const MIN_COLUMN = 48;

interface Grid {
  x: number;
  widths: number[];
}

function columnWidths(doc: PDFKit.PDFDocument, table: DocTable, total: number): number[] {
  const count = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  // A column's natural width is its widest cell, measured on the first 50 rows (enough to judge).
  const natural = Array.from({ length: count }, (_, c) => {
    doc.font(FONT.bold).fontSize(SIZE.table);
    let widest = doc.widthOfString(pdfLine(table.header[c] ?? ''));
    doc.font(FONT.regular);
    for (const row of table.rows.slice(0, 50)) widest = Math.max(widest, doc.widthOfString(pdfLine(row[c] ?? '')));
    return Math.min(Math.max(widest + 2 * PAD, MIN_COLUMN), total / 2);
  });
  const sum = natural.reduce((a, b) => a + b, 0);
  return natural.map((w) => (w / sum) * total);
}

const cellText = (row: string[], c: number) => pdfText(row[c] ?? '');

function rowHeight(doc: PDFKit.PDFDocument, row: string[], grid: Grid, bold: boolean): number {
  doc.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE.table);
  return Math.max(...grid.widths.map((w, c) => doc.heightOfString(cellText(row, c) || ' ', { width: w - 2 * PAD, lineGap: LINE_GAP }))) + 2 * PAD;
}

function shading(doc: PDFKit.PDFDocument, grid: Grid, y: number, height: number, header: boolean): void {
  artifact(doc, () => {
    const width = grid.widths.reduce((a, b) => a + b, 0);
    if (header) doc.rect(grid.x, y, width, height).fill(HEADER_FILL);
    doc.lineWidth(0.75).strokeColor(RULE_COLOUR).moveTo(grid.x, y + height).lineTo(grid.x + width, y + height).stroke();
  });
}

function writeCells(doc: PDFKit.PDFDocument, row: string[], grid: Grid, y: number, bold: boolean, into: (c: number, write: () => void) => void): void {
  let x = grid.x;
  grid.widths.forEach((w, c) => {
    const at = x;
    const text = cellText(row, c);
    into(c, () => {
      if (text) doc.font(bold ? FONT.bold : FONT.regular).fontSize(SIZE.table).fillColor(TEXT_COLOUR).text(text, at + PAD, y + PAD, { width: w - 2 * PAD, lineGap: LINE_GAP });
    });
    x += w;
  });
}

/** The header row again at the top of a continuation page, outside the structure tree. */
function repeatHeader(doc: PDFKit.PDFDocument, table: DocTable, grid: Grid): void {
  const y = doc.y;
  const height = rowHeight(doc, table.header, grid, true);
  shading(doc, grid, y, height, true);
  artifact(doc, () => writeCells(doc, table.header, grid, y, true, (_c, write) => write()), 'Pagination');
  doc.y = y + height;
}

function structuredRow(flow: Flow, tableElement: PDFKit.PDFStructureElement, row: string[], grid: Grid, header: boolean): void {
  const { doc } = flow;
  const y = doc.y;
  const height = rowHeight(doc, row, grid, header);
  shading(doc, grid, y, height, header);
  const tr = doc.struct('TR');
  tableElement.add(tr);
  // `scope` is read by PDFKit (it writes /A << /O /Table /Scope /Column >>) but missing from its types.
  const cellOptions = (header ? { scope: 'Column' } : {}) as PDFKit.Mixins.StructureElementOptions;
  writeCells(doc, row, grid, y, header, (_c, write) => tr.add(doc.struct(header ? 'TH' : 'TD', cellOptions, write)));
  tr.end();
  doc.y = y + height;
}

/** A row taller than a page: its cells one under another at full width, free to run over pages. */
function tallRow(flow: Flow, tableElement: PDFKit.PDFStructureElement, row: string[], grid: Grid): void {
  const { doc } = flow;
  const width = grid.widths.reduce((a, b) => a + b, 0);
  const tr = doc.struct('TR');
  tableElement.add(tr);
  grid.widths.forEach((_w, c) => {
    tr.add(
      doc.struct('TD', {}, () => {
        doc.font(FONT.regular).fontSize(SIZE.table).fillColor(TEXT_COLOUR).text(cellText(row, c) || ' ', grid.x + PAD, doc.y + PAD, { width: width - 2 * PAD, lineGap: LINE_GAP });
      }),
    );
  });
  tr.end();
  doc.y += PAD;
  shading(doc, grid, doc.y - 1, 1, false);
}

export function table(flow: Flow, data: DocTable): void {
  const { doc } = flow;
  const x = doc.page.margins.left;
  const grid: Grid = { x, widths: columnWidths(doc, data, contentWidth(doc)) };
  const caption = pdfLine(data.caption);
  doc.font(FONT.bold).fontSize(SIZE.small);
  const captionHeight = doc.heightOfString(caption, { width: contentWidth(doc) });
  const headerHeight = rowHeight(doc, data.header, grid, true);
  const firstRow = data.rows[0] ? rowHeight(doc, data.rows[0], grid, false) : 0;
  keepTogether(doc, Math.min(captionHeight + 4 + headerHeight + firstRow, doc.page.maxY() - doc.page.margins.top));

  const element = doc.struct('Table');
  flow.parent.add(element);
  element.add(doc.struct('Caption', {}, () => doc.font(FONT.bold).fontSize(SIZE.small).fillColor(TEXT_COLOUR).text(caption, x, doc.y, { width: contentWidth(doc) })));
  doc.y += 4;
  structuredRow(flow, element, data.header, grid, true);
  const pageRoom = doc.page.maxY() - doc.page.margins.top - headerHeight;
  for (const row of data.rows) {
    const height = rowHeight(doc, row, grid, false);
    if (height > pageRoom) {
      tallRow(flow, element, row, grid);
      continue;
    }
    if (doc.y + height > doc.page.maxY()) {
      doc.addPage();
      repeatHeader(doc, data, grid);
    }
    structuredRow(flow, element, row, grid, false);
  }
  element.end();
  doc.x = x;
  doc.y += SIZE.body;
}
