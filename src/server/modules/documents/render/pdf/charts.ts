import type { DocBar, DocTimelineRow } from '../../../../../shared/strategy-document.js';
import { fitLine } from './flow.js';
import { FONT } from './fonts.js';
import { pdfLine } from './pdf-text.js';
import { RULE_COLOUR, SECONDARY_TEXT, TEXT_COLOUR } from './theme.js';

/*
 * The charts, drawn as vector shapes with their labels as real text (sharp at any zoom, and the
 * words can be found with the reader's search). Labels are cut to one line with "…": the Figure's
 * alt text and the data table after it carry every word in full.
 */

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  accent: string;
}

const BAR_ROW = 18;
const LABEL_SIZE = 8.5;

export const barChartHeight = (bars: readonly DocBar[]) => bars.length * BAR_ROW + 4;

export function drawBars(doc: PDFKit.PDFDocument, bars: readonly DocBar[], max: number, box: ChartBox): void {
  const labelWidth = Math.min(box.width * 0.35, 160);
  const captionWidth = 70;
  const barArea = box.width - labelWidth - captionWidth - 12;
  doc.fontSize(LABEL_SIZE);
  bars.forEach((bar, i) => {
    const y = box.y + i * BAR_ROW;
    doc.font(FONT.regular).fillColor(TEXT_COLOUR).text(fitLine(doc, pdfLine(bar.label), labelWidth - 6), box.x, y + 4, { width: labelWidth, lineBreak: false });
    const share = bar.value === null || max <= 0 ? 0 : Math.min(Math.max(bar.value / max, 0), 1);
    const length = share * barArea;
    doc.rect(box.x + labelWidth, y + 2, barArea, BAR_ROW - 6).fill('#f0f4f5');
    if (length > 0) doc.rect(box.x + labelWidth, y + 2, length, BAR_ROW - 6).fill(box.accent);
    doc
      .font(bar.value === null ? FONT.italic : FONT.regular)
      .fillColor(bar.value === null ? SECONDARY_TEXT : TEXT_COLOUR)
      .text(fitLine(doc, pdfLine(bar.caption), captionWidth), box.x + labelWidth + barArea + 6, y + 4, { width: captionWidth, lineBreak: false });
  });
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface TimelineLayout {
  row: number;
  size: number;
  lanes: { lane: string; rows: DocTimelineRow[] }[];
}

/** Rows grouped by lane, in the order lanes first appear; the row height shrinks so the chart fits `room`. */
export function timelineLayout(rows: readonly DocTimelineRow[], room: number): TimelineLayout {
  const lanes: TimelineLayout['lanes'] = [];
  for (const row of rows) {
    const found = lanes.find((l) => l.lane === row.lane);
    if (found) found.rows.push(row);
    else lanes.push({ lane: row.lane, rows: [row] });
  }
  const lines = rows.length + lanes.length + 2;
  const row = Math.max(Math.min(14, room / lines), 3);
  return { row, size: Math.min(8, row * 0.7), lanes };
}

export const timelineHeight = (layout: TimelineLayout) => (layout.lanes.reduce((n, l) => n + l.rows.length + 1, 0) + 2) * layout.row;

export function drawTimeline(doc: PDFKit.PDFDocument, start: string, months: number, layout: TimelineLayout, box: ChartBox): void {
  const labelWidth = Math.min(box.width * 0.35, 170);
  const gridX = box.x + labelWidth;
  const span = Math.max(months, 1);
  const perMonth = (box.width - labelWidth) / span;
  const height = timelineHeight(layout);
  const [startYear, startMonth] = start.split('-').map(Number) as [number, number];
  const showText = layout.size >= 4;
  doc.fontSize(layout.size);
  // Month axis: a tick at every January (and at the start), labelled with the year.
  for (let m = 0; m <= span; m++) {
    const calendarMonth = ((startMonth || 1) - 1 + m) % 12;
    if (m !== 0 && calendarMonth !== 0) continue;
    const x = gridX + m * perMonth;
    doc.lineWidth(0.5).strokeColor(RULE_COLOUR).moveTo(x, box.y + layout.row).lineTo(x, box.y + height).stroke();
    if (showText && m < span) {
      const year = (startYear || 2000) + Math.floor(((startMonth || 1) - 1 + m) / 12);
      doc.font(FONT.regular).fillColor(SECONDARY_TEXT).text(`${MONTH_NAMES[calendarMonth]} ${year}`, x + 2, box.y, { lineBreak: false });
    }
  }
  let y = box.y + layout.row * 2;
  for (const lane of layout.lanes) {
    if (showText) doc.font(FONT.bold).fillColor(TEXT_COLOUR).text(fitLine(doc, pdfLine(lane.lane), box.width), box.x, y + layout.row * 0.15, { lineBreak: false });
    y += layout.row;
    for (const row of lane.rows) {
      if (showText) doc.font(FONT.regular).fillColor(TEXT_COLOUR).text(fitLine(doc, pdfLine(row.label), labelWidth - 8), box.x + 6, y + layout.row * 0.15, { lineBreak: false });
      const from = Math.min(Math.max(row.from, 0), span);
      const to = Math.min(Math.max(row.to + 1, from), span);
      if (to > from) doc.rect(gridX + from * perMonth, y + layout.row * 0.15, (to - from) * perMonth, layout.row * 0.7).fill(box.accent);
      y += layout.row;
    }
  }
}
