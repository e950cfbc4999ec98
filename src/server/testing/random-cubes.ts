import fc from 'fast-check';
import { ALL, type Atom, type Coordinate, type Dimension } from '../platform/anonymity.js';

/**
 * Random response sets for the anonymity properties, and what an attacker computes from them.
 * Counts mix empty cells, small groups (1 to 9, under most k) and larger ones, so suppression,
 * complements and subtraction all get exercised.
 */
export interface RandomCube {
  dims: Dimension[];
  atoms: Atom[];
  k: number;
}

const cellCount = (small: number) => fc.oneof(fc.constant(0), fc.integer({ min: 1, max: small }), fc.integer({ min: 1, max: 40 }));

/**
 * One to three dimensions of one to four values each. With `residual`, the last value of each
 * dimension may be a residual one ("Not stated"), as the least-loss rule treats specially.
 */
export const randomCube = (options: { residual?: boolean } = {}): fc.Arbitrary<RandomCube> =>
  fc
    .record({
      sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
      k: fc.integer({ min: 5, max: 12 }),
      seed: fc.array(cellCount(6), { minLength: 64, maxLength: 64 }),
      residual: options.residual ? fc.boolean() : fc.constant(false),
    })
    .map(({ sizes, k, seed, residual }) => {
      const dims: Dimension[] = sizes.map((n, d) => {
        const values = Array.from({ length: n }, (_, v) => `v${v}`);
        return options.residual ? { key: `d${d}`, values, residual: residual ? [values[n - 1]!] : [] } : { key: `d${d}`, values };
      });
      let cells: string[][] = [[]];
      for (const d of dims) cells = cells.flatMap((prefix) => d.values.map((v) => [...prefix, v]));
      return { dims, atoms: cells.map((coords, i) => ({ coords, count: seed[i % seed.length]! })), k };
    });

/** Staff groups by division, two to four of each: the table coverage shows. */
export const twoWayCube: fc.Arbitrary<RandomCube> = fc
  .record({
    rows: fc.integer({ min: 2, max: 4 }),
    cols: fc.integer({ min: 2, max: 4 }),
    k: fc.integer({ min: 5, max: 12 }),
    seed: fc.array(cellCount(9), { minLength: 16, maxLength: 16 }),
  })
  .map(({ rows, cols, k, seed }) => {
    const dims: Dimension[] = [
      { key: 'group', values: Array.from({ length: rows }, (_, i) => `g${i}`) },
      { key: 'division', values: Array.from({ length: cols }, (_, i) => `d${i}`) },
    ];
    const atoms: Atom[] = [];
    for (let r = 0; r < rows; r += 1) for (let c = 0; c < cols; c += 1) atoms.push({ coords: [`g${r}`, `d${c}`], count: seed[r * 4 + c]! });
    return { dims, atoms, k };
  });

/** Every filter combination: each dimension either one value or not filtered (ALL). */
export function allFilters(dims: Dimension[]): Coordinate[][] {
  let filters: Coordinate[][] = [[]];
  for (const d of dims) filters = filters.flatMap((prefix) => ([...d.values, ALL] as Coordinate[]).map((v): Coordinate[] => [...prefix, v]));
  return filters;
}

/** The true number of people a filter selects. */
export const trueCount = (atoms: Atom[], filter: Coordinate[]): number =>
  atoms.filter((a) => a.coords.every((c, d) => filter[d] === ALL || filter[d] === c)).reduce((s, a) => s + a.count, 0);

/** Whether the wide filter's group includes the narrow one's. */
export const contains = (wide: Coordinate[], narrow: Coordinate[]): boolean => wide.every((c, d) => c === ALL || c === narrow[d]);
