/**
 * The one suppression function. Every count Chorus shows about people — results, breakdowns,
 * coverage, quote lists, exports — is read from a cube that went through `suppressSmallGroups`.
 *
 * The cube holds counts for every combination of dimension values (staff group × division ×
 * site × answer, say) AND every margin (a dimension summed over, written ALL). Queries with
 * any filters are answered from this one cube, so two overlapping filters can never disagree
 * about what is hidden. The rules, applied until nothing changes:
 *
 * 1. Primary: a count from 1 to k−1 is hidden (k = the organisation's minimum group size).
 *    Zero is shown ("nobody in this group said so" exposes no one) — except inside a hidden
 *    group, where a zero beside a hidden answer would say that everyone gave that answer.
 * 2. Lines: a margin equals the sum of its members along one dimension. Where the margin is
 *    shown, the hidden members must be none, or at least two whose sum is at least k —
 *    otherwise subtraction would reveal one of them, or a group smaller than k. Where the
 *    margin is hidden, every member is hidden too (a shown member would give the margin away,
 *    or a shown zero what everyone in the group answered).
 * 3. Nesting: for any shown count and any shown count of a wider filter containing it, the
 *    difference (the people in the wider group but not the narrower) is 0 or at least k.
 *
 * Complementary cells are chosen among non-zero cells by what hiding them costs ("least loss"):
 * a group of at least 2k people only when no other cell can do; then cells of a residual value
 * ("Not stated", "Prefer not to say", "No answer": nobody reads a result for them); then those
 * whose hiding does not force another margin to be hidden; then the smallest. Ties go to the
 * earlier cell, so the result is deterministic. (The previous rule, "not cascading, then
 * smallest", hid 21 doctors to protect 3 estates staff while 24 "not stated" were shown; it is
 * kept as `complements: 'smallest'` only so the bench can measure against it.)
 */
export const MIN_GROUP_SIZE_FLOOR = 5;

export const ALL = Symbol('all');
export type Coordinate = string | typeof ALL;

export interface Dimension {
  key: string;
  values: readonly string[];
  /** Values whose groups cost least to hide as complements ("Not stated", "Prefer not to say"). */
  residual?: readonly string[];
}

export interface Atom {
  /** One value per dimension, in the order of `dims`. */
  coords: readonly string[];
  count: number;
}

export type Reason = 'small' | 'complementary';

export interface ShownCount {
  value: number;
  suppressed: false;
}
export interface HiddenCount {
  value: null;
  suppressed: true;
  reason: Reason;
}
export type SafeCount = ShownCount | HiddenCount;

export interface SuppressedCube {
  dims: readonly Dimension[];
  threshold: number;
  /** The count for one combination; ALL sums over a dimension. */
  get(coords: readonly Coordinate[]): SafeCount;
  /** The count for a filter given by dimension key; dimensions not named are ALL. */
  count(filter: Readonly<Record<string, string>>): SafeCount;
  hiddenCells(): number;
}

/** The threshold in force: the organisation's setting, never below the floor. */
export function effectiveThreshold(minGroupSize: number): number {
  return Math.max(MIN_GROUP_SIZE_FLOOR, Math.floor(minGroupSize));
}

export interface SuppressOptions {
  /**
   * Counts already published by another cube (the respondents of each segment, shown on the
   * coverage page, are the margins of every question's cube). Such a cell keeps the state it
   * has there: a cell hidden there stays hidden; a cell shown there is never hidden here,
   * because hiding it would protect nothing and mislead the rest of the algorithm.
   */
  published?: (coords: readonly Coordinate[]) => SafeCount | undefined;
  /**
   * How complementary cells are chosen: 'least-loss' (the default, and the only rule the app
   * uses) or 'smallest', the previous rule, kept as the baseline `npm run bench` measures against.
   */
  complements?: 'least-loss' | 'smallest';
}

export function suppressSmallGroups(
  dims: readonly Dimension[],
  atoms: Iterable<Atom>,
  minGroupSize: number,
  options: SuppressOptions = {},
): SuppressedCube {
  const k = effectiveThreshold(minGroupSize);
  const sizes = dims.map((d) => d.values.length + 1); // the last index of each dimension is ALL
  const strides: number[] = [];
  let cellCount = 1;
  for (let d = dims.length - 1; d >= 0; d -= 1) {
    strides[d] = cellCount;
    cellCount *= sizes[d]!;
  }
  const lookups = dims.map((d) => new Map(d.values.map((v, i) => [v, i])));
  const value = new Float64Array(cellCount);
  const state = new Uint8Array(cellCount); // 0 shown, 1 small, 2 complementary

  // Each atom adds to every cell that contains it: its own and all its margins.
  for (const atom of atoms) {
    if (atom.count === 0) continue;
    if (!Number.isInteger(atom.count) || atom.count < 0) throw new Error(`A count must be a whole number ≥ 0, not ${atom.count}.`);
    const base = atom.coords.map((c, d) => {
      const index = lookups[d]!.get(c);
      if (index === undefined) throw new Error(`"${c}" is not a value of dimension ${dims[d]!.key}.`);
      return index;
    });
    for (let mask = 0; mask < 1 << dims.length; mask += 1) {
      let index = 0;
      for (let d = 0; d < dims.length; d += 1) index += ((mask >> d) & 1 ? sizes[d]! - 1 : base[d]!) * strides[d]!;
      value[index] = value[index]! + atom.count;
    }
  }

  const coordsOf = (index: number) => dims.map((_, d) => Math.floor(index / strides[d]!) % sizes[d]!);
  const isAll = (coords: number[], d: number) => coords[d] === sizes[d]! - 1;

  for (let i = 0; i < cellCount; i += 1) if (value[i]! > 0 && value[i]! < k) state[i] = 1;

  // Cells fixed by what another cube already published.
  const pinned = new Uint8Array(cellCount);
  if (options.published) {
    for (let i = 0; i < cellCount; i += 1) {
      const coords = coordsOf(i).map((c, d): Coordinate => (c === sizes[d]! - 1 ? ALL : dims[d]!.values[c]!));
      const published = options.published(coords);
      if (!published) continue;
      pinned[i] = 1;
      state[i] = published.suppressed ? (value[i]! > 0 && value[i]! < k ? 1 : 2) : 0;
    }
  }

  const hide = (i: number) => {
    if (state[i] === 0 && !pinned[i]) state[i] = 2;
  };
  /**
   * Hiding a cell that is the only non-zero member of another shown line forces that line's
   * margin to be hidden too, which cascades; such cells are the last choice.
   */
  const forcesMargin = (cell: number) =>
    memberOf[cell]!.some((l) => {
      const line = lines[l]!;
      return state[line.margin] === 0 && line.members.every((m) => m === cell || value[m] === 0);
    });
  // A cell is residual when any of its fixed coordinates is a residual value of its dimension.
  const residualIndex = dims.map((d) => new Set((d.residual ?? []).map((v) => d.values.indexOf(v)).filter((i) => i >= 0)));
  const residual = new Uint8Array(cellCount);
  if (residualIndex.some((r) => r.size > 0)) {
    for (let i = 0; i < cellCount; i += 1) residual[i] = coordsOf(i).some((c, d) => residualIndex[d]!.has(c)) ? 1 : 0;
  }
  const leastLoss = (options.complements ?? 'least-loss') === 'least-loss';
  /** What hiding a cell costs, compared in order: lower is better. */
  const cost = (c: number): number[] =>
    leastLoss
      ? [value[c]! >= 2 * k ? 1 : 0, residual[c] ? 0 : 1, forcesMargin(c) ? 1 : 0, value[c]!]
      : [forcesMargin(c) ? 1 : 0, value[c]!];
  /** The cheapest shown non-zero cell to hide as a complement, or -1. */
  const cheapestShown = (candidates: number[]) => {
    let best = -1;
    let bestCost: number[] = [];
    for (const c of candidates) {
      if (state[c] !== 0 || value[c]! <= 0 || pinned[c]) continue;
      const costs = cost(c);
      const first = costs.findIndex((x, i) => x !== bestCost[i]);
      if (best < 0 || (first >= 0 && costs[first]! < bestCost[first]!)) {
        best = c;
        bestCost = costs;
      }
    }
    return best;
  };

  // Precompute lines (margin → members) and nesting pairs once.
  const lines: { margin: number; members: number[] }[] = [];
  const memberOf: number[][] = Array.from({ length: cellCount }, () => []);
  const wider: number[][] = Array.from({ length: cellCount }, () => []);
  for (let i = 0; i < cellCount; i += 1) {
    const coords = coordsOf(i);
    const fixed: number[] = [];
    for (let d = 0; d < dims.length; d += 1) {
      if (isAll(coords, d)) {
        const members: number[] = [];
        for (let v = 0; v < sizes[d]! - 1; v += 1) members.push(i + (v - coords[d]!) * strides[d]!);
        for (const m of members) memberOf[m]!.push(lines.length);
        lines.push({ margin: i, members });
      } else {
        fixed.push(d);
      }
    }
    // Every wider filter: some fixed dimensions released to ALL (one released is a line, covered above).
    for (let mask = 1; mask < 1 << fixed.length; mask += 1) {
      if ((mask & (mask - 1)) === 0) continue;
      let j = i;
      for (let b = 0; b < fixed.length; b += 1) {
        if ((mask >> b) & 1) j += (sizes[fixed[b]!]! - 1 - coords[fixed[b]!]!) * strides[fixed[b]!]!;
      }
      wider[i]!.push(j);
    }
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (const { margin, members } of lines) {
      const hidden = members.filter((m) => state[m] !== 0 && value[m]! > 0);
      if (state[margin] === 0) {
        if (hidden.length === 0) continue;
        const sum = hidden.reduce((s, m) => s + value[m]!, 0);
        if (hidden.length >= 2 && sum >= k) continue;
        const next = cheapestShown(members);
        if (next >= 0 || !pinned[margin]) {
          hide(next >= 0 ? next : margin);
          changed = true;
        } else if (hidden.length === 1 && value[hidden[0]!]! >= k) {
          // A published margin whose only non-zero member is hidden gives that member away;
          // it is at least k, so it is shown and pinned, and lines that relied on it as a
          // complement choose another on the next pass.
          state[hidden[0]!] = 0;
          pinned[hidden[0]!] = 1;
          changed = true;
        }
      } else {
        // Inside a hidden group nothing is shown, zeros included: a zero beside one hidden
        // answer would say that everyone in the group gave that answer.
        for (const m of members) {
          if (state[m] === 0 && !pinned[m]) {
            state[m] = 2;
            changed = true;
          }
        }
      }
    }
    for (let i = 0; i < cellCount; i += 1) {
      if (state[i] !== 0) continue;
      for (const j of wider[i]!) {
        const difference = value[j]! - value[i]!;
        if (state[j] === 0 && difference > 0 && difference < k) {
          hide(i);
          changed = true;
          break;
        }
      }
    }
  }

  const indexOf = (coords: readonly Coordinate[]) => {
    if (coords.length !== dims.length) throw new Error(`Expected ${dims.length} coordinates, got ${coords.length}.`);
    let index = 0;
    coords.forEach((c, d) => {
      const position = c === ALL ? sizes[d]! - 1 : lookups[d]!.get(c);
      if (position === undefined) throw new Error(`"${String(c)}" is not a value of dimension ${dims[d]!.key}.`);
      index += position * strides[d]!;
    });
    return index;
  };
  const read = (index: number): SafeCount =>
    state[index] === 0
      ? { value: value[index]!, suppressed: false }
      : { value: null, suppressed: true, reason: state[index] === 1 ? 'small' : 'complementary' };

  return {
    dims,
    threshold: k,
    get: (coords) => read(indexOf(coords)),
    count(filter) {
      for (const key of Object.keys(filter)) {
        if (!dims.some((d) => d.key === key)) throw new Error(`There is no dimension "${key}".`);
      }
      return read(indexOf(dims.map((d) => filter[d.key] ?? ALL)));
    },
    hiddenCells: () => state.reduce((n, s) => n + (s === 0 ? 0 : 1), 0),
  };
}
