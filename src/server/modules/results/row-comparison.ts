import type { RowComparison } from '../../../shared/contracts/results.js';
import type { Coordinate, SafeCount } from '../../platform/anonymity.js';
import type { Distribution } from './cubes.js';

/**
 * The comparison for questions answered row by row (matrix statements, systems): for each row,
 * each compared group's distribution, read from the row's suppressed cube, and the share that
 * agreed (4–5; for systems, "well" or "very well").
 */
export const POSITIVE_LEVELS = ['4', '5'];
const LEVELS = ['1', '2', '3', '4', '5'];

export interface RowItem {
  key: string;
  label: string;
  count: { value: number | null; suppressed: boolean };
  percent: number | null;
}

/**
 * "% positive" of the people who answered the row. It is derived from counts, so it is given
 * only when every count it is made of is shown: levels 4 and 5 (the numerator) and all five
 * levels (the denominator is their sum). A hidden level would otherwise leak through the
 * percentage, or make it a guess.
 */
export function positiveShare(levelCount: (level: string) => SafeCount): { answered: number | null; percent: number | null } {
  const counts = LEVELS.map(levelCount);
  if (counts.some((c) => c.suppressed)) return { answered: null, percent: null };
  const value = (level: string) => counts[LEVELS.indexOf(level)]!.value ?? 0;
  const answered = LEVELS.reduce((sum, level) => sum + value(level), 0);
  if (answered === 0) return { answered: 0, percent: null };
  const positive = POSITIVE_LEVELS.reduce((sum, level) => sum + value(level), 0);
  return { answered, percent: Math.round((positive / answered) * 1000) / 10 };
}

export function rowComparison(
  distributions: readonly Distribution[],
  segment: readonly Coordinate[],
  rowLabel: (key: string) => string,
  itemsAt: (distribution: Distribution, segment: Coordinate[]) => RowItem[],
): RowComparison[] {
  return distributions.map((distribution) => {
    const share = positiveShare((level) => distribution.cube.get([level, ...segment]));
    return { key: distribution.key, label: rowLabel(distribution.key), items: itemsAt(distribution, [...segment]), ...share };
  });
}
