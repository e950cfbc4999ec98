import { eq } from 'drizzle-orm';
import type { Coverage } from '../../../shared/contracts/results.js';
import { NOT_STATED } from '../../../shared/contracts/results.js';
import type { ProfileChoices } from '../../../shared/contracts/survey-definition.js';
import { ALL, type SafeCount } from '../../platform/anonymity.js';
import type { Db } from '../../platform/db/client.js';
import { headcounts } from '../workforce/index.js';
import type { SurveyCubes } from './cubes.js';
import { present } from './question-results.js';

/**
 * Who has been heard: responses against headcount for each division × staff group. Every
 * response count comes from the suppressed respondents cube; headcounts are the published
 * denominators and are not sensitive.
 */
export async function coverage(db: Db, organisationId: string, profile: ProfileChoices, cubes: SurveyCubes, targetRate: number): Promise<Coverage> {
  const rows = await db.select().from(headcounts).where(eq(headcounts.organisationId, organisationId));
  const heads = new Map<string, number>();
  const add = (key: string, n: number) => heads.set(key, (heads.get(key) ?? 0) + n);
  for (const row of rows) {
    add(`${row.staffGroupId}|${row.divisionId}`, row.headcount);
    add(`${row.staffGroupId}|*`, row.headcount);
    add(`*|${row.divisionId}`, row.headcount);
    add('*|*', row.headcount);
  }
  const rate = (responses: SafeCount, headcount: number | null) =>
    responses.suppressed || !headcount ? null : Math.round((responses.value / headcount) * 1000) / 1000;
  const headcountOf = (group: string, division: string) => heads.get(`${group}|${division}`) ?? null;

  const groups = [...profile.staff_group.map((g) => ({ key: g.key, label: g.label })), { key: NOT_STATED, label: 'Not stated' }];
  const divisions = [...profile.division.map((d) => ({ key: d.key, label: d.label })), { key: NOT_STATED, label: 'Not stated' }];
  const cells: Coverage['cells'] = [];
  const neverHeard: Coverage['neverHeard'] = [];
  const belowTarget: Coverage['belowTarget'] = [];
  for (const division of divisions) {
    for (const group of groups) {
      const responses = cubes.respondents.get([group.key, division.key, ALL]);
      const headcount = group.key === NOT_STATED || division.key === NOT_STATED ? null : headcountOf(group.key, division.key);
      const r = rate(responses, headcount);
      let status: Coverage['cells'][number]['status'];
      if (responses.suppressed) status = 'hidden';
      else if (!headcount) status = 'no_headcount';
      else if (responses.value === 0) status = 'never_heard';
      else status = r! >= targetRate ? 'on_target' : 'below_target';
      if (status === 'never_heard') neverHeard.push({ staffGroup: group.key, division: division.key, headcount: headcount! });
      if (status === 'below_target') belowTarget.push({ staffGroup: group.key, division: division.key, rate: r! });
      cells.push({ staffGroup: group.key, division: division.key, responses: present(responses), headcount, rate: r, status });
    }
  }
  const margin = (responses: SafeCount, headcount: number | null) => ({ responses: present(responses), headcount, rate: rate(responses, headcount) });
  return {
    threshold: cubes.threshold,
    targetRate,
    staffGroups: groups,
    divisions,
    cells,
    byStaffGroup: groups.map((g) => ({ key: g.key, ...margin(cubes.respondents.get([g.key, ALL, ALL]), g.key === NOT_STATED ? null : heads.get(`${g.key}|*`) ?? null) })),
    byDivision: divisions.map((d) => ({ key: d.key, ...margin(cubes.respondents.get([ALL, d.key, ALL]), d.key === NOT_STATED ? null : heads.get(`*|${d.key}`) ?? null) })),
    total: margin(cubes.respondents.get([ALL, ALL, ALL]), heads.get('*|*') ?? null),
    neverHeard,
    belowTarget,
  };
}
