import { describe, expect, it } from 'vitest';
import { ringPoints, scorePoints, spokePoint, toSvgPoints, type RadarFrame } from './maturity-radar.js';

const frame: RadarFrame = { centre: { x: 100, y: 100 }, radius: 80, spokes: 4, max: 5 };

describe('radar geometry', () => {
  it('starts at twelve o’clock and goes clockwise', () => {
    expect(spokePoint(frame, 0, 1)).toEqual({ x: 100, y: 20 });
    expect(spokePoint(frame, 1, 1)).toEqual({ x: 180, y: 100 });
    expect(spokePoint(frame, 2, 1)).toEqual({ x: 100, y: 180 });
    expect(spokePoint(frame, 3, 1)).toEqual({ x: 20, y: 100 });
  });

  it('places each score at score / max of the radius, unscored at the centre', () => {
    expect(scorePoints(frame, [5, 1, null, 3])).toEqual([
      { x: 100, y: 20 },
      { x: 116, y: 100 },
      { x: 100, y: 100 },
      { x: 52, y: 100 },
    ]);
  });

  it('keeps a score above the scale on the rim', () => {
    expect(scorePoints({ ...frame, max: 3 }, [4])).toEqual([{ x: 100, y: 20 }]);
  });

  it('draws seven spokes at equal angles and rings per level', () => {
    const seven: RadarFrame = { ...frame, spokes: 7 };
    const rim = ringPoints(seven, 5);
    expect(rim).toHaveLength(7);
    for (const p of rim) expect(Math.hypot(p.x - 100, p.y - 100)).toBeCloseTo(80, 1);
    expect(ringPoints(seven, 1)[0]).toEqual({ x: 100, y: 84 });
    expect(toSvgPoints([{ x: 1, y: 2 }, { x: 3.5, y: 4 }])).toBe('1,2 3.5,4');
  });
});
