import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allFilters, contains, randomCube, trueCount } from '../testing/random-cubes.js';
import { ALL, effectiveThreshold, suppressSmallGroups, type Atom, type Dimension } from './anonymity.js';

const dims: Dimension[] = [
  { key: 'staffGroup', values: ['Nursing', 'Medical', 'Admin'] },
  { key: 'site', values: ['Main', 'Satellite'] },
];

describe('suppressSmallGroups on a worked example', () => {
  it('hides small counts and a complement, so totals minus visible cells reveal nothing', () => {
    const atoms: Atom[] = [
      { coords: ['Nursing', 'Main'], count: 40 },
      { coords: ['Nursing', 'Satellite'], count: 12 },
      { coords: ['Medical', 'Main'], count: 3 },
      { coords: ['Medical', 'Satellite'], count: 15 },
      { coords: ['Admin', 'Main'], count: 25 },
      { coords: ['Admin', 'Satellite'], count: 0 },
    ];
    const cube = suppressSmallGroups(dims, atoms, 10);
    expect(cube.count({ staffGroup: 'Medical', site: 'Main' })).toEqual({ value: null, suppressed: true, reason: 'small' });
    // Medical's total (18) is shown, so another Medical cell must be hidden with it…
    expect(cube.count({ staffGroup: 'Medical' })).toEqual({ value: 18, suppressed: false });
    expect(cube.count({ staffGroup: 'Medical', site: 'Satellite' }).suppressed).toBe(true);
    // …and each site column then needs a second hidden cell as well.
    expect(cube.count({ site: 'Main' })).toEqual({ value: 68, suppressed: false });
    expect(cube.count({})).toEqual({ value: 95, suppressed: false });
    // Zero is shown: it exposes nobody.
    expect(cube.count({ staffGroup: 'Admin', site: 'Satellite' })).toEqual({ value: 0, suppressed: false });
  });

  it('hides the zeros of a hidden group, which would otherwise say what all its members answered', () => {
    const answers: Dimension[] = [{ key: 'answer', values: ['yes', 'no'] }, { key: 'staffGroup', values: ['Nursing', 'Medical'] }];
    const cube = suppressSmallGroups(answers, [
      { coords: ['yes', 'Nursing'], count: 12 },
      { coords: ['no', 'Nursing'], count: 15 },
      { coords: ['no', 'Medical'], count: 5 },
    ], 10);
    expect(cube.count({ staffGroup: 'Medical' }).suppressed).toBe(true);
    expect(cube.count({ staffGroup: 'Medical', answer: 'yes' }).suppressed).toBe(true);
    expect(cube.count({ staffGroup: 'Medical', answer: 'no' }).suppressed).toBe(true);
  });

  it('never goes below the floor of 5, whatever the organisation sets', () => {
    expect(effectiveThreshold(2)).toBe(5);
    expect(effectiveThreshold(12)).toBe(12);
    const cube = suppressSmallGroups([{ key: 'g', values: ['a', 'b'] }], [{ coords: ['a'], count: 4 }, { coords: ['b'], count: 30 }], 1);
    expect(cube.threshold).toBe(5);
    expect(cube.count({ g: 'a' }).suppressed).toBe(true);
  });

  it('refuses values that are not in a dimension, and counts that are not whole', () => {
    expect(() => suppressSmallGroups(dims, [{ coords: ['Porters', 'Main'], count: 1 }], 10)).toThrow(/not a value of dimension staffGroup/);
    expect(() => suppressSmallGroups(dims, [{ coords: ['Nursing', 'Main'], count: 1.5 }], 10)).toThrow(/whole number/);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: random response sets and random filter combinations. An attacker sees every count
// the cube shows, for every filter, and subtracts. Nothing shown, and nothing derived by
// subtracting one shown count from a wider one, may be a group of 1 to k−1 people.

const arbitraryCase = randomCube();

describe('suppressSmallGroups, property-based', () => {
  it('never shows a count from 1 to k−1, and shows true counts where it shows them', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ dims, atoms, k }) => {
        const cube = suppressSmallGroups(dims, atoms, k);
        for (const filter of allFilters(dims)) {
          const shown = cube.get(filter);
          if (shown.suppressed) continue;
          expect(shown.value).toBe(trueCount(atoms, filter));
          expect(shown.value === 0 || shown.value >= k).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lets no hidden count be worked out by subtracting shown counts of overlapping filters', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ dims, atoms, k }) => {
        const cube = suppressSmallGroups(dims, atoms, k);
        const filters = allFilters(dims);
        for (const wide of filters) {
          const w = cube.get(wide);
          if (w.suppressed) continue;
          for (const narrow of filters) {
            if (narrow === wide || !contains(wide, narrow)) continue;
            const n = cube.get(narrow);
            if (n.suppressed) continue;
            const difference = w.value - n.value;
            expect(difference === 0 || difference >= k).toBe(true);
          }
          // Along each dimension the wider count is the sum of its members: the hidden ones must
          // number none or at least two, and together hold at least k people.
          wide.forEach((c, d) => {
            if (c !== ALL) return;
            const members = dims[d]!.values.map((v) => wide.map((x, e) => (e === d ? v : x)));
            const hidden = members.filter((m) => cube.get(m).suppressed && trueCount(atoms, m) > 0);
            if (hidden.length === 0) return;
            expect(hidden.length).toBeGreaterThanOrEqual(2);
            expect(hidden.reduce((s, m) => s + trueCount(atoms, m), 0)).toBeGreaterThanOrEqual(k);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows nothing inside a hidden group, not even its zeros', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ dims, atoms, k }) => {
        const cube = suppressSmallGroups(dims, atoms, k);
        for (const filter of allFilters(dims)) {
          if (!cube.get(filter).suppressed) continue;
          filter.forEach((c, d) => {
            if (c !== ALL) return;
            const members = dims[d]!.values.map((v) => filter.map((x, e) => (e === d ? v : x)));
            expect(members.every((m) => cube.get(m).suppressed)).toBe(true);
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('suppressSmallGroups with margins published by another cube', () => {
  it('keeps every respondent count exactly as the coverage cube shows it, and still protects the answers', () => {
    fc.assert(
      fc.property(arbitraryCase, fc.integer({ min: 2, max: 4 }), ({ dims: segments, atoms: people, k }, answers) => {
        const respondents = suppressSmallGroups(segments, people, k);
        // Split each segment's people over the answers, deterministically but unevenly.
        const answerDim: Dimension = { key: 'answer', values: Array.from({ length: answers }, (_, i) => `a${i}`) };
        const answerAtoms: Atom[] = people.flatMap((atom, n) => {
          const split = Array.from({ length: answers }, () => 0);
          for (let p = 0; p < atom.count; p += 1) split[(p * (n + 1) + p * p) % answers]! += 1;
          return split.map((count, a) => ({ coords: [`a${a}`, ...atom.coords], count }));
        });
        const cube = suppressSmallGroups([answerDim, ...segments], answerAtoms, k, {
          published: (coords) => (coords[0] === ALL ? respondents.get(coords.slice(1)) : undefined),
        });
        for (const filter of allFilters(segments)) {
          const published = respondents.get(filter);
          const margin = cube.get([ALL, ...filter]);
          expect(margin.suppressed).toBe(published.suppressed);
          if (published.suppressed) continue;
          const members = answerDim.values.map((a) => [a, ...filter]);
          const hidden = members.filter((m) => cube.get(m).suppressed && trueCount(answerAtoms, m) > 0);
          if (hidden.length === 0) continue;
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          expect(hidden.reduce((s, m) => s + trueCount(answerAtoms, m), 0)).toBeGreaterThanOrEqual(k);
        }
        for (const filter of allFilters([answerDim, ...segments])) {
          const shown = cube.get(filter);
          if (!shown.suppressed) expect(shown.value === 0 || shown.value >= k).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
