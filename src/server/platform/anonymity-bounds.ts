import { ALL, type Coordinate, type SuppressedCube } from './anonymity.js';

/**
 * The most people a hidden count can hold, worked out from the counts the cube SHOWS and nothing
 * else (this function only reads through `cube.get`, which gives no hidden value): along any line
 * a member is at most its margin less the shown members, and a margin at most the sum of its
 * members' bounds, repeated until nothing tightens. Anyone who reads every shown count can work
 * out the same bounds, so publishing them reveals nothing suppression did not already publish.
 *
 * Why not "fewer than k" for every hidden count: a count hidden as a complement may hold k or
 * more people, so that would be untrue of it; and saying it only of the counts hidden for being
 * small tells which those are, which can pin counts down (two small cells at opposite corners of
 * a rectangle of four hidden cells can be solved exactly from the shown margins). So a hidden
 * count is described only by this bound (null: nothing can be said).
 */
export function publicUpperBounds(cube: SuppressedCube): (coords: readonly Coordinate[]) => number | null {
  const { dims } = cube;
  const sizes = dims.map((d) => d.values.length + 1);
  const coordOf = (d: number, i: number): Coordinate => (i === sizes[d]! - 1 ? ALL : dims[d]!.values[i]!);
  const keyOf = (index: number[]) => index.join('|');
  let cells: number[][] = [[]];
  for (let d = 0; d < dims.length; d += 1) cells = cells.flatMap((prefix) => Array.from({ length: sizes[d]! }, (_, i) => [...prefix, i]));
  const bound = new Map<string, number>(); // absent: unbounded
  const shown = new Map<string, number>();
  for (const cell of cells) {
    const count = cube.get(cell.map((i, d) => coordOf(d, i)));
    if (!count.suppressed) {
      shown.set(keyOf(cell), count.value);
      bound.set(keyOf(cell), count.value);
    }
  }
  const tighten = (key: string, value: number) => {
    const old = bound.get(key);
    if (old !== undefined && old <= value) return false;
    bound.set(key, Math.max(0, value));
    return true;
  };
  for (let changed = true, passes = 0; changed && passes < 50; passes += 1) {
    changed = false;
    for (const margin of cells) {
      for (let d = 0; d < dims.length; d += 1) {
        if (margin[d] !== sizes[d]! - 1) continue;
        const members = dims[d]!.values.map((_, v) => keyOf(margin.map((x, e) => (e === d ? v : x))));
        const known = members.reduce((s, m) => s + (shown.get(m) ?? 0), 0);
        const marginBound = bound.get(keyOf(margin));
        if (marginBound !== undefined) {
          for (const m of members) if (!shown.has(m)) changed = tighten(m, marginBound - known) || changed;
        }
        if (!shown.has(keyOf(margin)) && members.every((m) => bound.has(m))) {
          changed = tighten(keyOf(margin), members.reduce((s, m) => s + bound.get(m)!, 0)) || changed;
        }
      }
    }
  }
  const indexOf = (coords: readonly Coordinate[]) =>
    coords.map((c, d) => (c === ALL ? sizes[d]! - 1 : dims[d]!.values.indexOf(c)));
  return (coords) => bound.get(keyOf(indexOf(coords))) ?? null;
}
