import { canvas, encodePng, fillRect, type Canvas, type Rgb } from './png.js';

/*
 * Horizontal bar charts as PNG for the Word pack. The picture carries numbers only (each bar's
 * row number and its value, in a 3×5 pixel font): the words are in the table printed after it
 * and in the image's alt text, so no font has to be drawn on the server.
 */
const GLYPHS: Record<string, string[]> = {
  '0': ['111', '101', '101', '101', '111'],
  '1': ['010', '110', '010', '010', '111'],
  '2': ['111', '001', '111', '100', '111'],
  '3': ['111', '001', '111', '001', '111'],
  '4': ['101', '101', '111', '001', '001'],
  '5': ['111', '100', '111', '001', '111'],
  '6': ['111', '100', '111', '101', '111'],
  '7': ['111', '001', '010', '010', '010'],
  '8': ['111', '101', '111', '101', '111'],
  '9': ['111', '101', '111', '001', '111'],
  '.': ['000', '000', '000', '000', '010'],
  '%': ['101', '001', '010', '100', '101'],
  '-': ['000', '000', '111', '000', '000'],
  ' ': ['000', '000', '000', '000', '000'],
};
const SCALE = 4;
const GLYPH_WIDTH = 4 * SCALE;

const INK: Rgb = [33, 43, 50]; // NHS text colour #212B32
const BAR: Rgb = [0, 94, 184]; // NHS blue #005EB8
const RULE: Rgb = [174, 183, 189];
const WHITE: Rgb = [255, 255, 255];

function text(c: Canvas, x: number, y: number, value: string, colour: Rgb): void {
  [...value].forEach((ch, i) => {
    const glyph = GLYPHS[ch] ?? GLYPHS[' ']!;
    glyph.forEach((row, r) => {
      [...row].forEach((bit, b) => {
        if (bit === '1') fillRect(c, x + i * GLYPH_WIDTH + b * SCALE, y + r * SCALE, SCALE, SCALE, colour);
      });
    });
  });
}

export interface Bar {
  /** Null when the figure is hidden to protect a small group: no bar, a dash. */
  value: number | null;
  /** How the value is written at the bar's end, e.g. "42%" or "3". */
  caption: string;
}

const ROW = 44;
const LEFT = 70;
const WIDTH = 640;
const RIGHT = 110;

/** One bar per row, numbered from 1 in the order of the table that follows the chart. */
export function barChartPng(bars: readonly Bar[], max: number): Buffer {
  const height = Math.max(1, bars.length) * ROW + 20;
  const c = canvas(WIDTH, height, WHITE);
  const plot = WIDTH - LEFT - RIGHT;
  fillRect(c, LEFT - 2, 6, 2, height - 12, RULE);
  bars.forEach((bar, i) => {
    const top = 10 + i * ROW;
    text(c, 8, top + 10, String(i + 1), INK);
    const length = bar.value === null || max <= 0 ? 0 : Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot);
    fillRect(c, LEFT, top + 4, length, ROW - 12, BAR);
    text(c, LEFT + length + 8, top + 10, bar.value === null ? '-' : bar.caption.replace(/[^0-9.%\- ]/g, ''), INK);
  });
  return encodePng(c);
}

export const CHART_SIZE = (bars: number) => ({ width: WIDTH, height: Math.max(1, bars) * ROW + 20 });
