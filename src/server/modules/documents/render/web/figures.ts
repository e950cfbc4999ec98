import type { DocBar, DocFigure, DocTimelineRow } from '../../../../../shared/strategy-document.js';

/*
 * The geometry of the web version's charts, worked out here so the template only places shapes
 * and text: every label reaches the page through Nunjucks' autoescape as SVG text, never as
 * markup built in code. Colours are SVG presentation attributes (the content security policy
 * refuses inline styles). Numbers are in the SVG's own units; the stylesheet scales the picture
 * to the column, and the data table printed after each chart carries every value in full.
 */

export interface SvgText {
  x: number;
  y: number;
  text: string;
  /** SVG text-anchor; "start" unless said. */
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  size: number;
}

export interface SvgRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

export interface SvgLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string;
}

export interface FigureDrawing {
  kind: 'bars' | 'timeline';
  /** The colour of every label. */
  ink: string;
  width: number;
  height: number;
  rects: SvgRect[];
  lines: SvgLine[];
  texts: SvgText[];
}

const INK = '#212b32';
const TRACK = '#f0f4f5';
const RULE = '#d8dde0';
const YEAR_RULE = '#aeb7bd';
const LANE_BAND = '#e8edee';

/** A label cut to fit its column, at a character (never half a surrogate pair), with an ellipsis. */
export function fitLabel(text: string, characters: number): string {
  const chars = Array.from(text.trim());
  return chars.length <= characters ? chars.join('') : `${chars.slice(0, characters - 1).join('').trimEnd()}…`;
}

/** What a hidden bar says instead of a number, as the data table does. */
export const HIDDEN_BAR = 'hidden (small group)';

const BARS = { width: 480, row: 60, label: 18, bar: 24, captionRoom: 90, labelChars: 52, font: 16 };

/** One bar per row, its label above it and its value (or "hidden (small group)") after it. */
function drawBars(bars: DocBar[], max: number, accent: string): FigureDrawing {
  const plot = BARS.width - BARS.captionRoom;
  const rects: SvgRect[] = [];
  const texts: SvgText[] = [];
  bars.forEach((bar, i) => {
    const top = i * BARS.row + 4;
    const barTop = top + BARS.label + 6;
    texts.push({ x: 0, y: top + 14, text: fitLabel(bar.label, BARS.labelChars), size: BARS.font, bold: true });
    rects.push({ x: 0, y: barTop, width: plot, height: BARS.bar, fill: TRACK });
    if (bar.value === null) {
      texts.push({ x: 8, y: barTop + 17, text: HIDDEN_BAR, size: BARS.font });
      return;
    }
    const share = max > 0 ? Math.min(1, Math.max(0, bar.value / max)) : 0;
    const length = Math.round(share * plot * 10) / 10;
    rects.push({ x: 0, y: barTop, width: length, height: BARS.bar, fill: accent });
    texts.push({ x: length + 8, y: barTop + 17, text: fitLabel(bar.caption, 18), size: BARS.font });
  });
  return { kind: 'bars', ink: INK, width: BARS.width, height: Math.max(1, bars.length) * BARS.row + 4, rects, lines: [], texts };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TIMELINE = { width: 960, labels: 250, axis: 48, lane: 32, row: 28, bar: 18, labelChars: 30, font: 15 };

/** The month index (0 = January) and year of `start` + `offset` months; `start` is "YYYY-MM". */
function monthAt(start: string, offset: number): { month: number; year: number } {
  const match = /^(\d{4})-(\d{2})$/.exec(start);
  const first = match ? Number(match[1]) * 12 + Math.min(11, Math.max(0, Number(match[2]) - 1)) : 0;
  const at = first + offset;
  return { month: ((at % 12) + 12) % 12, year: Math.floor(at / 12) };
}

/** Rows grouped by lane, lanes in the order they first appear (the order of the table). */
function byLane(rows: DocTimelineRow[]): { lane: string; rows: DocTimelineRow[] }[] {
  const lanes = new Map<string, DocTimelineRow[]>();
  for (const row of rows) lanes.set(row.lane, [...(lanes.get(row.lane) ?? []), row]);
  return [...lanes].map(([lane, laneRows]) => ({ lane, rows: laneRows }));
}

/** Lanes as bands with their name, one row per initiative with its bar, a month axis on top. */
function drawTimeline(start: string, months: number, rows: DocTimelineRow[], accent: string): FigureDrawing {
  const span = Math.max(1, Math.floor(months));
  const plotLeft = TIMELINE.labels + 10;
  const monthWidth = (TIMELINE.width - plotLeft) / span;
  const rects: SvgRect[] = [];
  const lines: SvgLine[] = [];
  const texts: SvgText[] = [];
  let y = TIMELINE.axis;
  for (const lane of byLane(rows)) {
    rects.push({ x: 0, y, width: TIMELINE.width, height: TIMELINE.lane, fill: LANE_BAND });
    texts.push({ x: 6, y: y + 22, text: fitLabel(lane.lane, 80), size: TIMELINE.font + 1, bold: true });
    y += TIMELINE.lane;
    for (const row of lane.rows) {
      texts.push({ x: 6, y: y + 19, text: fitLabel(row.label, TIMELINE.labelChars), size: TIMELINE.font });
      // Months outside the axis are clipped to it; a row entirely outside draws no bar.
      const from = Math.max(0, Math.min(row.from, row.to));
      const to = Math.min(span - 1, Math.max(row.from, row.to));
      if (to >= from) {
        const x = plotLeft + from * monthWidth;
        rects.push({ x: round(x), y: y + (TIMELINE.row - TIMELINE.bar) / 2, width: round((to - from + 1) * monthWidth - 2), height: TIMELINE.bar, fill: accent });
      }
      y += TIMELINE.row;
    }
  }
  const bottom = y + 4;
  // A line at the start of every quarter, stronger at each January; the quarter's month above it.
  for (let m = 0; m <= span; m += 1) {
    const { month, year } = monthAt(start, m);
    const x = round(plotLeft + m * monthWidth);
    if (m < span && (m === 0 || month === 0)) texts.push({ x: x + 2, y: 18, text: String(year), size: TIMELINE.font, bold: true });
    if (month % 3 !== 0 && m !== 0 && m !== span) continue;
    lines.push({ x1: x, y1: m < span ? 24 : TIMELINE.axis, x2: x, y2: bottom, stroke: month === 0 || m === 0 ? YEAR_RULE : RULE });
    if (m < span) texts.push({ x: x + 2, y: 40, text: MONTHS[month]!, size: TIMELINE.font - 2 });
  }
  // The lines go under the bars: drawn first, in the template's order.
  return { kind: 'timeline', ink: INK, width: TIMELINE.width, height: bottom, rects, lines, texts };
}

const round = (n: number) => Math.round(n * 10) / 10;

export function drawFigure(figure: DocFigure, accent: string): FigureDrawing {
  return figure.kind === 'bars' ? drawBars(figure.bars, figure.max, accent) : drawTimeline(figure.start, figure.months, figure.rows, accent);
}
