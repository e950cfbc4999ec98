import { describe, expect, it } from 'vitest';
import { jitter } from './chart-geometry.js';

describe('jitter', () => {
  it('leaves a lone point on its fit pair and spreads the ones that share it', () => {
    const points = [
      { technicalFit: 3, functionalFit: 3 },
      { technicalFit: 3, functionalFit: 3 },
      { technicalFit: 3, functionalFit: 3 },
      { technicalFit: 1, functionalFit: 4 },
    ];
    const placed = jitter(points);
    expect(placed[0]).toMatchObject({ x: 3, y: 3 });
    expect(placed[3]).toMatchObject({ x: 1, y: 4 });
    const spots = new Set(placed.map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(spots.size).toBe(4);
    for (const p of placed.slice(0, 3)) expect(Math.hypot(p.x - 3, p.y - 3)).toBeLessThanOrEqual(0.3);
  });
});
