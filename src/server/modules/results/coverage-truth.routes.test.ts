import { parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import { loadSurveyDefinition, surveyQuestions, surveySections, surveys } from '../surveys/index.js';
import { headcounts, orgUnits, staffGroups } from '../workforce/index.js';
import { strategies } from '../strategies/index.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { storeResponse } from '../../testing/responses.js';

/**
 * Coverage says only what is true: a survey that never asked someone's division (an import from
 * a tool that did not) must not call every division unheard, and a hidden cell never reads
 * "hidden, at most 0" or a bound beyond its own headcount.
 */
let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;
const ids: Record<string, string> = {};

interface Cell {
  staffGroup: string;
  division: string;
  headcount: number | null;
  atMost: number | null;
  status: string;
  responses: { value: number | null; suppressed: boolean };
}

/** A survey asking the given profile questions, answered by `people` ([group, division, count]). */
async function surveyWith(asks: ('staff_group' | 'division')[], people: [string, string, number][]): Promise<string> {
  const organisationId = org.organisationId;
  const q = { staff_group: randomUUID(), division: randomUUID(), comment: randomUUID() };
  const surveyId = await t.ctx.db.transaction(async (tx) => {
    const [survey] = await tx.insert(surveys).values({ organisationId, strategyId, title: `Survey asking ${asks.join(', ') || 'nothing'}`, status: 'open' }).returning();
    const [section] = await tx.insert(surveySections).values({ surveyId: survey!.id, position: 0, title: 'All' }).returning();
    await tx.insert(surveyQuestions).values([
      ...asks.map((dimension, position) => ({ id: q[dimension], surveyId: survey!.id, sectionId: section!.id, position, type: 'profile' as const, dimension, title: dimension })),
      { id: q.comment, surveyId: survey!.id, sectionId: section!.id, position: 9, type: 'short_text' as const, title: 'Anything else?' },
    ]);
    return survey!.id;
  });
  const definition = await loadSurveyDefinition(t.ctx.db, surveyId);
  for (const [group, division, n] of people) {
    for (let i = 0; i < n; i += 1) {
      const answers: Answers = { [q.comment]: 'fine' };
      if (asks.includes('staff_group')) answers[q.staff_group] = ids[group]!;
      if (asks.includes('division')) answers[q.division] = ids[division]!;
      await storeResponse(t.ctx.db, { id: surveyId, organisationId }, definition, answers);
    }
  }
  return surveyId;
}

const coverageOf = async (surveyId: string) => (await org.admin.get(`/api/v1/surveys/${surveyId}/coverage?targetRate=0.3`)).json();
const csvOf = async (surveyId: string): Promise<string[][]> =>
  parse((await org.admin.get(`/api/v1/surveys/${surveyId}/coverage.csv?targetRate=0.3`)).body.replace(/^\uFEFF/, ''));

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Coverage Truth Trust');
  const organisationId = org.organisationId;
  await t.ctx.db.transaction(async (tx) => {
    const groups = await tx.insert(staffGroups).values(['Nursing', 'Medical', 'Admin'].map((name, position) => ({ organisationId, name, position }))).returning();
    const divisions = await tx.insert(orgUnits).values(['Surgery', 'Oncology'].map((name) => ({ organisationId, kind: 'division' as const, name }))).returning();
    for (const g of groups) ids[g.name] = g.id;
    for (const d of divisions) ids[d.name] = d.id;
    await tx.insert(headcounts).values([
      { organisationId, divisionId: ids.Surgery!, staffGroupId: ids.Nursing!, headcount: 80 },
      { organisationId, divisionId: ids.Oncology!, staffGroupId: ids.Nursing!, headcount: 40 },
      { organisationId, divisionId: ids.Surgery!, staffGroupId: ids.Medical!, headcount: 30 },
      { organisationId, divisionId: ids.Oncology!, staffGroupId: ids.Medical!, headcount: 75 },
      { organisationId, divisionId: ids.Surgery!, staffGroupId: ids.Admin!, headcount: 25 },
      { organisationId, divisionId: ids.Oncology!, staffGroupId: ids.Admin!, headcount: 6 },
    ]);
    const [strategy] = await tx.insert(strategies).values({ organisationId, name: 'Plan', startYear: 2026, endYear: 2029 }).returning();
    strategyId = strategy!.id;
  });
});
afterAll(() => t.close());

describe('coverage of a survey that did not ask every group', () => {
  it('with no division asked, shows each staff group against its whole headcount and calls no division unheard', async () => {
    const surveyId = await surveyWith(['staff_group'], [['Nursing', '', 40], ['Admin', '', 12]]);
    const body = await coverageOf(surveyId);
    expect(body.recorded).toEqual({ staffGroup: true, division: false });
    expect(body.divisions).toEqual([{ key: '*', label: 'All divisions' }]);
    expect(body.cells.every((c: Cell) => c.division === '*')).toBe(true);
    const cell = (group: string) => body.cells.find((c: Cell) => c.staffGroup === ids[group]);
    expect(cell('Nursing')).toMatchObject({ responses: { value: 40, suppressed: false }, headcount: 120, rate: 0.333, status: 'on_target' });
    expect(cell('Admin')).toMatchObject({ responses: { value: 12, suppressed: false }, headcount: 31, status: 'on_target' });
    // Medical truly never answered: that is known, because the survey asked everyone's staff group.
    expect(body.neverHeard).toEqual([{ staffGroup: ids.Medical, division: '*', headcount: 105, hidden: false }]);
    const rows = await csvOf(surveyId);
    expect(rows).toContainEqual(['All divisions', 'Nursing', '40', '120', '33.3%', 'On target']);
    expect(rows.some((r) => r[0] === 'Surgery' || r[0] === 'Oncology')).toBe(false);
  });

  it('with no group asked at all, shows only the total against the headcount and says no group was unheard', async () => {
    const surveyId = await surveyWith([], [['', '', 30]]);
    const body = await coverageOf(surveyId);
    expect(body.recorded).toEqual({ staffGroup: false, division: false });
    expect(body.cells).toEqual([
      { staffGroup: '*', division: '*', responses: { value: 30, suppressed: false }, headcount: 256, rate: 0.117, atMost: null, status: 'below_target' },
    ]);
    expect(body.neverHeard).toEqual([]);
    expect(body.undecided).toBe(0);
    expect(body.total.responses).toEqual({ value: 30, suppressed: false });
  });
});

describe('the words of a hidden cell', () => {
  it('shows as 0 a hidden count the shown figures prove is 0, and never prints a bound of its whole headcount or more', async () => {
    // Oncology has 3 respondents, so its row is hidden, zeros and all; but Medical answered nowhere
    // (its shown total is 0), so Medical in Oncology is provably 0 and says so.
    const surveyId = await surveyWith(['staff_group', 'division'], [['Nursing', 'Surgery', 20], ['Nursing', 'Oncology', 3], ['Admin', 'Surgery', 15]]);
    const body = await coverageOf(surveyId);
    const cell = (group: string, division: string) => body.cells.find((c: Cell) => c.staffGroup === ids[group] && c.division === ids[division]);
    expect(body.byStaffGroup.find((g: { key: string }) => g.key === ids.Medical).responses).toEqual({ value: 0, suppressed: false });
    expect(cell('Medical', 'Oncology')).toMatchObject({ responses: { value: 0, suppressed: false }, headcount: 75, atMost: null, status: 'never_heard' });
    expect(body.neverHeard).toContainEqual({ staffGroup: ids.Medical, division: ids.Oncology, headcount: 75, hidden: false });
    const hidden = body.cells.filter((c: Cell) => c.responses.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const c of [...hidden, ...body.byDivision, ...body.byStaffGroup]) {
      if (c.atMost !== null) expect(c.atMost).toBeGreaterThan(0);
      if (c.atMost !== null && c.headcount !== null) expect(c.atMost).toBeLessThan(c.headcount);
    }
    // Admin in Oncology (headcount 6) is hidden; any bound the figures give is at least 6, so none is printed.
    expect(cell('Admin', 'Oncology')).toMatchObject({ responses: { suppressed: true }, atMost: null, status: 'hidden' });
    const rows = await csvOf(surveyId);
    expect(rows).toContainEqual(['Oncology', 'Medical', '0', '75', '0%', 'Never heard from']);
    expect(rows.some((r) => /at most 0\b/.test(r[2]!))).toBe(false);
  });
});
