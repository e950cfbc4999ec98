import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allFilters, trueCount, twoWayCube } from '../testing/random-cubes.js';
import { ALL, suppressSmallGroups, type Dimension, type SuppressedCube } from './anonymity.js';
import { publicUpperBounds } from './anonymity-bounds.js';

/**
 * What coverage says of a hidden count ("at most N", and so "below target") must be true, and must
 * follow from the shown counts alone: two response sets that show the same counts must get the
 * same statements, whatever their hidden counts (and whichever of them were hidden for being small).
 */
/** What anyone sees: each count, or that it is hidden (never why). */
const published = (cube: SuppressedCube, dims: Dimension[]) => allFilters(dims).map((f) => cube.get(f).value);

describe('publicUpperBounds', () => {
  it('never says less than the truth of a hidden count', () => {
    fc.assert(
      fc.property(twoWayCube, ({ dims, atoms, k }) => {
        const cube = suppressSmallGroups(dims, atoms, k);
        const atMost = publicUpperBounds(cube);
        for (const filter of allFilters(dims)) {
          const bound = atMost(filter);
          if (bound !== null) expect(trueCount(atoms, filter)).toBeLessThanOrEqual(bound);
          // Along a shown line a hidden cell shares at least k people with the others hidden there.
          if (cube.get(filter).suppressed && bound !== null && filter.some((c) => c !== ALL)) expect(bound === 0 || bound >= k).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same bounds to two response sets that show the same counts, so it reveals no hidden one', () => {
    let compared = 0;
    fc.assert(
      fc.property(twoWayCube, fc.nat(), ({ dims, atoms, k }, pick) => {
        // Move one person round a rectangle of cells (+1 −1 / −1 +1): every margin stays the same.
        const rows = dims[0]!.values.length;
        const cols = dims[1]!.values.length;
        const r1 = pick % rows;
        const r2 = (r1 + 1 + (pick >> 3) % (rows - 1)) % rows;
        const c1 = (pick >> 6) % cols;
        const c2 = (c1 + 1 + (pick >> 9) % (cols - 1)) % cols;
        const at = (r: number, c: number) => r * cols + c;
        const moved = atoms.map((a) => ({ ...a }));
        moved[at(r1, c1)]!.count += 1;
        moved[at(r2, c2)]!.count += 1;
        moved[at(r1, c2)]!.count -= 1;
        moved[at(r2, c1)]!.count -= 1;
        if (moved.some((a) => a.count < 0)) return;
        const a = suppressSmallGroups(dims, atoms, k);
        const b = suppressSmallGroups(dims, moved, k);
        if (JSON.stringify(published(a, dims)) !== JSON.stringify(published(b, dims))) return;
        compared += 1;
        const boundsA = publicUpperBounds(a);
        const boundsB = publicUpperBounds(b);
        for (const filter of allFilters(dims)) expect(boundsB(filter)).toBe(boundsA(filter));
      }),
      { numRuns: 1000 },
    );
    // The comparison must actually have happened, or the test proves nothing.
    expect(compared).toBeGreaterThan(20);
  });
});
