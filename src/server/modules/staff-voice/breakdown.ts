import { SUPPORT_LABELS } from '../../../shared/contracts/survey-definition.js';
import type { SupportBreakdown } from '../../../shared/contracts/staff-voice.js';
import { ALL, type Coordinate, type SafeCount, type SuppressedCube } from '../../platform/anonymity.js';

const view = (count: SafeCount) => ({ value: count.suppressed ? null : count.value, suppressed: count.suppressed });
const HIDDEN = { value: null, suppressed: true } as const;

/**
 * One segment's support for one system, read from the system's suppressed distribution
 * (answer = level 1–5 or "no answer" = does not use it, over staff group × division × site).
 *
 * `rated` and the mean are shown only when all five level cells are shown: they are then sums
 * of shown counts, which reveal nothing the distribution does not. Deriving `rated` as
 * "everyone minus no answer" would be a number no cube checked, and comparing it across staff
 * groups and the total could expose the few people of a hidden group; a mean beside a hidden
 * cell would let one solve for that cell. The cost: a segment with one small level is shown as
 * a distribution without a mean.
 */
export function supportBreakdown(cube: SuppressedCube, segment: Coordinate[]): SupportBreakdown {
  const levels = SUPPORT_LABELS.map((label, i) => ({ level: i + 1, label, count: cube.get([String(i + 1), ...segment]) }));
  const allShown = levels.every((l) => !l.count.suppressed);
  const rated = allShown ? levels.reduce((s, l) => s + (l.count.value ?? 0), 0) : null;
  const sum = levels.reduce((s, l) => s + l.level * (l.count.value ?? 0), 0);
  return {
    rated: rated === null ? HIDDEN : { value: rated, suppressed: false },
    mean: rated ? Math.round((sum / rated) * 100) / 100 : null,
    distribution: levels.map((l) => ({ level: l.level, label: l.label, count: view(l.count) })),
  };
}

export const wholeOrganisation = (): Coordinate[] => [ALL, ALL, ALL];
export const staffGroupSegment = (staffGroup: string): Coordinate[] => [staffGroup, ALL, ALL];
