import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allFilters, contains, randomCube, trueCount } from '../testing/random-cubes.js';
import { ALL, suppressSmallGroups, type Atom, type Dimension } from './anonymity.js';
import { visibleShare } from './anonymity-measure.js';

/**
 * Least-loss complementary suppression: when a second cell must be hidden to protect a small one,
 * the one that costs least goes ("Not stated" first, then the smallest, a group of 2k or more only
 * when nothing else can), and every safety property of anonymity.test.ts still holds.
 */
const staffGroups: Dimension = { key: 'staffGroup', values: ['Nursing', 'Medical', 'Estates', 'not_stated'], residual: ['not_stated'] };
const sites: Dimension = { key: 'site', values: ['Main', 'Satellite'], residual: [] };

describe('least-loss complements, worked examples', () => {
  const atoms: Atom[] = [
    { coords: ['Nursing', 'Main'], count: 80 },
    { coords: ['Nursing', 'Satellite'], count: 39 },
    { coords: ['Medical', 'Main'], count: 21 },
    { coords: ['Estates', 'Main'], count: 3 },
    { coords: ['not_stated', 'Main'], count: 24 },
  ];

  it('hides "Not stated" rather than the 21 doctors to protect 3 estates staff', () => {
    const cube = suppressSmallGroups([staffGroups, sites], atoms, 10);
    expect(cube.count({ staffGroup: 'Estates' }).suppressed).toBe(true);
    expect(cube.count({ staffGroup: 'Medical' })).toEqual({ value: 21, suppressed: false });
    expect(cube.count({ staffGroup: 'not_stated' }).suppressed).toBe(true);
    // The previous rule took the smallest group, the doctors.
    const before = suppressSmallGroups([staffGroups, sites], atoms, 10, { complements: 'smallest' });
    expect(before.count({ staffGroup: 'Medical' }).suppressed).toBe(true);
  });

  it('takes the smallest group under 2k before a larger one, and a group of 2k or more only when nothing else can do', () => {
    const groups: Dimension = { key: 'g', values: ['a', 'b', 'c', 'd'] };
    // a is small; c (19) is under 2k, so it goes before b (25) and d (60).
    const cube = suppressSmallGroups([groups], [{ coords: ['a'], count: 2 }, { coords: ['b'], count: 25 }, { coords: ['c'], count: 19 }, { coords: ['d'], count: 60 }], 10);
    expect(cube.count({ g: 'c' }).suppressed).toBe(true);
    expect(cube.count({ g: 'b' }).suppressed).toBe(false);
    // Every other group is at least 2k: the smallest of them goes.
    const big = suppressSmallGroups([groups], [{ coords: ['a'], count: 2 }, { coords: ['b'], count: 45 }, { coords: ['c'], count: 30 }, { coords: ['d'], count: 60 }], 10);
    expect(big.count({ g: 'c' }).suppressed).toBe(true);
    expect(big.count({ g: 'b' }).suppressed).toBe(false);
    expect(big.count({})).toEqual({ value: 137, suppressed: false });
  });
});

// The same attack as anonymity.test.ts, on cubes whose last value of each dimension is residual.
const arbitraryCase = randomCube({ residual: true });

describe('least-loss complements, property-based', () => {
  it('with residual values, still shows no count or difference from 1 to k−1, and protects every shown line', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ dims, atoms, k }) => {
        for (const complements of ['least-loss', 'smallest'] as const) {
          const cube = suppressSmallGroups(dims, atoms, k, { complements });
          const filters = allFilters(dims);
          for (const wide of filters) {
            const w = cube.get(wide);
            if (w.suppressed) {
              // Nothing shown inside a hidden group.
              wide.forEach((c, d) => {
                if (c === ALL) expect(dims[d]!.values.every((v) => cube.get(wide.map((x, e) => (e === d ? v : x))).suppressed)).toBe(true);
              });
              continue;
            }
            expect(w.value).toBe(trueCount(atoms, wide));
            expect(w.value === 0 || w.value >= k).toBe(true);
            for (const narrow of filters) {
              if (narrow === wide || !contains(wide, narrow)) continue;
              const n = cube.get(narrow);
              if (!n.suppressed) expect(w.value - n.value === 0 || w.value - n.value >= k).toBe(true);
            }
            wide.forEach((c, d) => {
              if (c !== ALL) return;
              const hidden = dims[d]!.values.map((v) => wide.map((x, e) => (e === d ? v : x))).filter((m) => cube.get(m).suppressed && trueCount(atoms, m) > 0);
              if (hidden.length === 0) return;
              expect(hidden.length).toBeGreaterThanOrEqual(2);
              expect(hidden.reduce((s, m) => s + trueCount(atoms, m), 0)).toBeGreaterThanOrEqual(k);
            });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on a one-dimension line, never hides a group of 2k or more while a smaller non-residual group could do', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 8 }), fc.integer({ min: 5, max: 12 }), (counts, k) => {
        const dim: Dimension = { key: 'g', values: counts.map((_, i) => `v${i}`) };
        const cube = suppressSmallGroups([dim], counts.map((count, i) => ({ coords: [`v${i}`], count })), k);
        const complements = counts.filter((c, i) => c >= k && cube.count({ g: `v${i}` }).suppressed);
        const shownSmaller = counts.filter((c, i) => c >= k && c < 2 * k && !cube.count({ g: `v${i}` }).suppressed);
        if (complements.some((c) => c >= 2 * k)) expect(shownSmaller).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps at least as much visible as the previous rule on most random cubes, and more in total', () => {
    let least = 0;
    let previous = 0;
    fc.assert(
      fc.property(arbitraryCase, ({ dims, atoms, k }) => {
        least += visibleShare(suppressSmallGroups(dims, atoms, k), atoms);
        previous += visibleShare(suppressSmallGroups(dims, atoms, k, { complements: 'smallest' }), atoms);
      }),
      { numRuns: 300, seed: 20261205 },
    );
    expect(least).toBeGreaterThanOrEqual(previous);
  });
});
