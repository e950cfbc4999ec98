import type { DocTimelineRow } from '../../../../../shared/strategy-document.js';
import { canvas, encodePng, fillRect, type Rgb } from '../../../../platform/office/png.js';

/*
 * The roadmap as a simple Gantt chart in PNG: one band per lane (shaded in turn), a grid line at
 * every month and a heavier one at each January, one bar per row from its first month to its last.
 * The encoder has no fonts, so the picture carries no words: its rows are in the same order as
 * the table printed after it, and the alt text says so.
 */

export const TIMELINE_PICTURE_NOTE = 'The picture has no words: each bar is one row of the table after it, in the same order, drawn against a grid of months with a heavier line at each January.';

const WIDTH = 1200;
const LEFT = 24;
const RIGHT = 16;
const AXIS = 28;
const ROW = 30;
const LANE_GAP = 8;

const BAND: Rgb = [240, 244, 245]; // NHS grey 5
const GRID: Rgb = [216, 221, 224]; // NHS grey 4
const YEAR: Rgb = [118, 134, 146]; // NHS grey 2
const INK: Rgb = [33, 43, 50];

/** "#005EB8" → [0, 94, 184]. */
export function rgb(hex: string): Rgb {
  const part = (at: number) => parseInt(hex.replace(/^#/, '').slice(at, at + 2), 16) || 0;
  return [part(0), part(2), part(4)];
}

/**
 * Runs of neighbouring rows in the same lane. The composer gives the rows grouped by lane; keeping
 * them in the order given (rather than regrouping) keeps bar n beside row n of the table.
 */
export function laneRuns(rows: readonly DocTimelineRow[]): DocTimelineRow[][] {
  const runs: DocTimelineRow[][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && last[0]!.lane === row.lane) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

export interface TimelinePicture {
  png: Buffer;
  width: number;
  height: number;
}

export function timelinePng(start: string, months: number, rows: readonly DocTimelineRow[], bar: Rgb): TimelinePicture {
  const lanes = laneRuns(rows);
  const span = Math.max(1, months);
  const height = AXIS + Math.max(1, rows.length) * ROW + lanes.length * LANE_GAP + 8;
  const c = canvas(WIDTH, height, [255, 255, 255]);
  const plot = WIDTH - LEFT - RIGHT;
  const x = (month: number) => LEFT + (Math.min(Math.max(month, 0), span) / span) * plot;
  // The first month's number in the year (0 for January), so the January lines fall where they should.
  const firstMonth = (Number(start.slice(5, 7)) || 1) - 1;

  let top = AXIS;
  for (const [i, lane] of lanes.entries()) {
    const laneHeight = lane.length * ROW + LANE_GAP;
    if (i % 2 === 0) fillRect(c, 0, top, WIDTH, laneHeight, BAND);
    fillRect(c, 0, top + 3, LEFT - 10, laneHeight - 6, bar); // a marker, with a gap, for where each lane begins and ends
    top += laneHeight;
  }
  for (let m = 0; m <= span; m++) {
    const january = (firstMonth + m) % 12 === 0;
    fillRect(c, x(m) - (january ? 1 : 0), AXIS - (january ? 20 : 8), january ? 3 : 1, height - AXIS + (january ? 20 : 8), january ? YEAR : GRID);
  }
  fillRect(c, LEFT, AXIS - 1, plot, 1, INK);

  top = AXIS + LANE_GAP / 2;
  for (const lane of lanes) {
    for (const row of lane) {
      const from = x(row.from);
      const to = x(Math.max(row.from, row.to) + 1); // `to` is inclusive: the bar covers that month too
      fillRect(c, from, top + 7, Math.max(3, to - from), ROW - 14, bar);
      top += ROW;
    }
    top += LANE_GAP;
  }
  return { png: encodePng(c), width: WIDTH, height };
}
