import { ALL, type Atom, type Coordinate, type SuppressedCube } from './anonymity.js';

/**
 * How much of a respondents cube suppression leaves visible: over every way of grouping the
 * respondents (by each non-empty set of dimensions: staff group; division; staff group ×
 * division; …), the share of respondents whose group is shown, averaged over the groupings.
 * Groups of a residual value ("Not stated") are left out of both sides: nobody reads a result
 * for them, so hiding them loses nothing a reader wants. `npm run bench` and the demo's unit
 * test use it to compare the least-loss rule with the previous one.
 */
export function visibleShare(cube: SuppressedCube, atoms: readonly Atom[]): number {
  const { dims } = cube;
  const residual = dims.map((d) => new Set(d.residual ?? []));
  let shown = 0;
  let everyone = 0;
  for (let mask = 1; mask < 1 << dims.length; mask += 1) {
    const fixed = dims.map((_, d) => ((mask >> d) & 1) === 1);
    // The true size of each group of this grouping, from the atoms.
    const sizes = new Map<string, { coords: Coordinate[]; count: number }>();
    for (const atom of atoms) {
      if (atom.coords.some((c, d) => fixed[d] && residual[d]!.has(c))) continue;
      const coords = atom.coords.map((c, d): Coordinate => (fixed[d] ? c : ALL));
      const key = coords.map((c, d) => (fixed[d] ? String(c) : '*')).join('|');
      const group = sizes.get(key) ?? { coords, count: 0 };
      group.count += atom.count;
      sizes.set(key, group);
    }
    for (const { coords, count } of sizes.values()) {
      everyone += count;
      if (!cube.get(coords).suppressed) shown += count;
    }
  }
  return everyone === 0 ? 1 : shown / everyone;
}
