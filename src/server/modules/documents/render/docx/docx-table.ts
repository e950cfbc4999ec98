import { Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocTable } from '../../../../../shared/strategy-document.js';
import { xmlSafe } from '../../../../platform/office/xml-safe.js';
import { STYLE } from './docx-styles.js';

/*
 * A table as Word wants it for a screen reader and for print: its caption in the Caption style
 * just before it, and a header row that Word marks as such and repeats on every page the table
 * runs onto. The header is white on the accent colour, which the contract checks reads at AA.
 */

// Cells are Normal, which has no space after; only the header cells name a style.
const cellText = (text: string, header: boolean) => new Paragraph(header ? { style: STYLE.headerCell, text: xmlSafe(text) } : xmlSafe(text));

export const caption = (text: string) => new Paragraph({ style: STYLE.caption, children: [new TextRun({ text: xmlSafe(text) })] });

export function docTable(table: DocTable, accent: string): (Paragraph | Table)[] {
  const columns = Math.max(table.header.length, ...table.rows.map((r) => r.length));
  const out: (Paragraph | Table)[] = table.caption.trim() ? [caption(table.caption)] : [];
  // Word will not open a table without a row or a column; an empty one is said in words instead.
  if (columns === 0) return [...out, new Paragraph({ style: STYLE.body, children: [new TextRun('This table has nothing in it yet.')] })];
  const pad = (cells: string[]) => [...cells, ...Array<string>(columns - cells.length).fill('')];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: pad(table.header).map((h) => new TableCell({ shading: { type: ShadingType.CLEAR, fill: accent, color: 'auto' }, children: [cellText(h, true)] })),
  });
  // Body rows are one short line each, so they are left free to break; only the header row is held together.
  const rows = table.rows.map((r) => new TableRow({ children: pad(r).map((text) => new TableCell({ children: [cellText(text, false)] })) }));
  out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, margins: { top: 60, bottom: 60, left: 100, right: 100 }, rows: [header, ...rows] }));
  // A little space after, so the next paragraph does not sit on the table's bottom border.
  out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  return out;
}
