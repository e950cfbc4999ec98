import { describe, expect, it } from 'vitest';
import type { DocTimelineRow } from '../../../../../shared/strategy-document.js';
import { readPng } from '../../../../platform/office/png.testing.js';
import { laneRuns, rgb, timelinePng } from './timeline-png.js';

const pixels = (png: Buffer) => readPng(png).at;

const ACCENT = '#7C2855';
const row = (label: string, lane: string, from: number, to: number): DocTimelineRow => ({ label, lane, from, to });

describe('the roadmap picture', () => {
  it('draws each row as a bar over its months, in the accent colour, and nothing outside them', () => {
    // 12 months from January: row 1 covers months 0–2, row 2 months 6–11 (both ends inclusive).
    const drawn = timelinePng('2026-01', 12, [row('a', 'Lane 1', 0, 2), row('b', 'Lane 1', 6, 11)], rgb(ACCENT));
    const at = pixels(drawn.png);
    const monthX = (m: number) => Math.round(24 + ((m + 0.5) / 12) * (drawn.width - 40));
    const rowY = (r: number) => 28 + 4 + r * 30 + 15;
    const accent = [0x7c, 0x28, 0x55];
    expect(at(monthX(1), rowY(0))).toEqual(accent);
    expect(at(monthX(2), rowY(0))).toEqual(accent);
    expect(at(monthX(4), rowY(0))).not.toEqual(accent);
    expect(at(monthX(5), rowY(1))).not.toEqual(accent);
    expect(at(monthX(9), rowY(1))).toEqual(accent);
    expect(at(monthX(11), rowY(1))).toEqual(accent);
  });

  it('grows with the rows and the lanes, and draws an empty roadmap without failing', () => {
    const one = timelinePng('2026-04', 36, [row('a', 'A', 0, 1)], rgb(ACCENT));
    const three = timelinePng('2026-04', 36, [row('a', 'A', 0, 1), row('b', 'A', 2, 3), row('c', 'B', 4, 40)], rgb(ACCENT));
    expect(three.height).toBeGreaterThan(one.height);
    expect(timelinePng('2026-04', 0, [], rgb(ACCENT)).png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('keeps the rows in the order given, so bar n is row n of the table after it', () => {
    const rows = [row('a', 'A', 0, 1), row('b', 'B', 0, 1), row('c', 'A', 0, 1)];
    expect(laneRuns(rows).map((run) => run.map((r) => r.label))).toEqual([['a'], ['b'], ['c']]);
    expect(laneRuns([row('a', 'A', 0, 1), row('b', 'A', 0, 1)]).length).toBe(1);
  });
});
