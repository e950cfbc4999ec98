import { eq } from 'drizzle-orm';
import type { Coverage, CoverageCell } from '../../../shared/contracts/results.js';
import { ALL_GROUPS, NOT_STATED } from '../../../shared/contracts/results.js';
import type { ProfileChoices, SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import { ALL, type Coordinate, type SafeCount } from '../../platform/anonymity.js';
import { publicUpperBounds } from '../../platform/anonymity-bounds.js';
import type { Db } from '../../platform/db/client.js';
import { headcounts } from '../workforce/index.js';
import type { SurveyCubes } from './cubes.js';
import { present } from './question-results.js';

/**
 * Who has been heard: responses against headcount for each division × staff group. Every
 * response count comes from the suppressed respondents cube; headcounts are the published
 * denominators and are not sensitive.
 *
 * A hidden cell is still called out when the shown figures prove it: `publicUpperBounds` gives
 * the most it can hold, worked out from shown counts alone, and the cell is below target when
 * even that is below the target (never heard from only if that is 0). Its status is therefore a
 * function of (headcount, target, shown counts) and never of the hidden count itself, so the
 * call-outs reveal nothing suppression does not. A hidden cell the bound cannot place is counted
 * in `undecided`, so the page never claims that every group has been heard.
 *
 * A survey that never asked someone's division (or staff group) — an import from a tool that did
 * not, say — has every response under "not stated" there. Its coverage is then read along what
 * it did record only ("All divisions" × each staff group, or the total alone): a 0 in a division
 * it never asked about would claim that group was not heard, when we simply do not know.
 */
export async function coverage(db: Db, organisationId: string, profile: ProfileChoices, cubes: SurveyCubes, targetRate: number): Promise<Coverage> {
  const recorded = cubes.recorded ?? { staffGroup: true, division: true };
  const rows = await db.select().from(headcounts).where(eq(headcounts.organisationId, organisationId));
  const heads = new Map<string, number>();
  const add = (key: string, n: number) => heads.set(key, (heads.get(key) ?? 0) + n);
  for (const row of rows) {
    add(`${row.staffGroupId}|${row.divisionId}`, row.headcount);
    add(`${row.staffGroupId}|*`, row.headcount);
    add(`*|${row.divisionId}`, row.headcount);
    add('*|*', row.headcount);
  }
  const atMostOf = publicUpperBounds(cubes.respondents);
  const figures = (coords: Coordinate[], headcount: number | null) => {
    const counted = cubes.respondents.get(coords);
    const bound = counted.suppressed ? atMostOf(coords) : null;
    // A hidden count the shown figures prove is 0 is shown as 0: anyone can work it out from them,
    // and "hidden, at most 0" contradicts itself. A bound of the whole headcount or more says nothing.
    const responses: SafeCount = bound === 0 ? { value: 0, suppressed: false } : counted;
    const atMost = bound === 0 || (bound !== null && headcount !== null && bound >= headcount) ? null : bound;
    const rate = responses.suppressed || !headcount ? null : Math.round((responses.value / headcount) * 1000) / 1000;
    return { responses, headcount, rate, atMost };
  };
  const headcountOf = (group: string, division: string) => heads.get(`${group}|${division}`) ?? null;
  const coordOf = (key: string): Coordinate => (key === ALL_GROUPS ? ALL : key);

  const groups = recorded.staffGroup
    ? [...profile.staff_group.map((g) => ({ key: g.key, label: g.label })), { key: NOT_STATED, label: 'Not stated' }]
    : [{ key: ALL_GROUPS, label: 'All staff groups' }];
  const divisions = recorded.division
    ? [...profile.division.map((d) => ({ key: d.key, label: d.label })), { key: NOT_STATED, label: 'Not stated' }]
    : [{ key: ALL_GROUPS, label: 'All divisions' }];
  const cells: Coverage['cells'] = [];
  const neverHeard: Coverage['neverHeard'] = [];
  const belowTarget: Coverage['belowTarget'] = [];
  let undecided = 0;
  for (const division of divisions) {
    for (const group of groups) {
      const headcount = group.key === NOT_STATED || division.key === NOT_STATED ? null : headcountOf(group.key, division.key);
      const { responses, rate, atMost } = figures([coordOf(group.key), coordOf(division.key), ALL], headcount);
      const status = coverageStatus(responses, headcount, atMost, targetRate);
      const where = { staffGroup: group.key, division: division.key };
      if (status === 'never_heard') neverHeard.push({ ...where, headcount: headcount!, hidden: responses.suppressed });
      if (status === 'below_target') belowTarget.push({ ...where, headcount: headcount!, rate, atMost });
      if (status === 'hidden' && headcount) undecided += 1;
      cells.push({ ...where, responses: present(responses), headcount, rate, atMost, status });
    }
  }
  const margin = (coords: Coordinate[], headcount: number | null) => {
    const m = figures(coords, headcount);
    return { ...m, responses: present(m.responses) };
  };
  return {
    threshold: cubes.threshold,
    targetRate,
    staffGroups: groups,
    divisions,
    cells,
    recorded,
    byStaffGroup: groups.map((g) => ({ key: g.key, ...margin([coordOf(g.key), ALL, ALL], g.key === NOT_STATED ? null : heads.get(`${g.key}|*`) ?? null) })),
    byDivision: divisions.map((d) => ({ key: d.key, ...margin([ALL, coordOf(d.key), ALL], d.key === NOT_STATED ? null : heads.get(`*|${d.key}`) ?? null) })),
    total: margin([ALL, ALL, ALL], heads.get('*|*') ?? null),
    neverHeard,
    belowTarget,
    undecided,
  };
}

/** Which groups a survey's responses can carry: those it asks about in a profile question. */
export function recordedGroups(definition: SurveyDefinition): Coverage['recorded'] {
  const asks = (dimension: 'staff_group' | 'division') => definition.questions.some((q) => q.type === 'profile' && q.dimension === dimension);
  return { staffGroup: asks('staff_group'), division: asks('division') };
}

/**
 * A shown cell is judged on its count. A hidden one only on `atMost` (from shown counts): below
 * target when even the most it can hold is below the target; never heard from only when that is
 * 0 — a hidden cell might hold 0 or k people, so anything else could be untrue, or, were it
 * judged on its own count, would tell which hidden cells are small.
 */
export function coverageStatus(responses: SafeCount, headcount: number | null, atMost: number | null, targetRate: number): CoverageCell['status'] {
  if (responses.suppressed) {
    if (!headcount || atMost === null) return 'hidden';
    if (atMost === 0) return 'never_heard';
    return atMost / headcount < targetRate ? 'below_target' : 'hidden';
  }
  if (!headcount) return 'no_headcount';
  if (responses.value === 0) return 'never_heard';
  // The rounded rate, as the page shows it, so a cell shown at 30% is never called below a 30% target.
  return Math.round((responses.value / headcount) * 1000) / 1000 >= targetRate ? 'on_target' : 'below_target';
}
