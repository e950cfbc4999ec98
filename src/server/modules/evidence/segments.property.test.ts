import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../../shared/contracts/survey-definition.js';
import { strategies } from '../strategies/index.js';
import { loadSurveyDefinition, surveyQuestions, surveySections, surveys } from '../surveys/index.js';
import { orgUnits, staffGroups } from '../workforce/index.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { storeResponse } from '../../testing/responses.js';

/**
 * Over random response sets, the evidence list never names a group the survey's results hide,
 * and a filter by a hidden group lists nothing. The judge is the results API itself: what it
 * shows for the same group, read through its own route, not through the evidence module's code.
 */
let t: TestApp;
let org: SignedUpOrg;
const groups: string[] = [];
const divisions: string[] = [];
const labels = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Property Trust');
  const organisationId = org.organisationId;
  const g = await t.ctx.db.insert(staffGroups).values(['Nursing', 'Medical', 'Admin'].map((name, position) => ({ organisationId, name, position }))).returning();
  const d = await t.ctx.db.insert(orgUnits).values(['Surgery', 'Oncology', 'Imaging'].map((name) => ({ organisationId, kind: 'division' as const, name }))).returning();
  for (const row of g) {
    groups.push(row.id);
    labels.set(row.name, row.id);
  }
  for (const row of d) {
    divisions.push(row.id);
    labels.set(row.name, row.id);
  }
});
afterAll(() => t.close());

async function surveyWith(cells: number[]) {
  const organisationId = org.organisationId;
  const q = { group: randomUUID(), division: randomUUID(), comment: randomUUID() };
  const [strategy] = await t.ctx.db.insert(strategies).values({ organisationId, name: 'Plan', startYear: 2026, endYear: 2029 }).returning();
  const [survey] = await t.ctx.db.insert(surveys).values({ organisationId, strategyId: strategy!.id, title: 'Random', status: 'open' }).returning();
  const [section] = await t.ctx.db.insert(surveySections).values({ surveyId: survey!.id, position: 0, title: 'All' }).returning();
  const base = { surveyId: survey!.id, sectionId: section!.id };
  await t.ctx.db.insert(surveyQuestions).values([
    { ...base, id: q.group, position: 0, type: 'profile', dimension: 'staff_group', title: 'Staff group' },
    { ...base, id: q.division, position: 1, type: 'profile', dimension: 'division', title: 'Division' },
    { ...base, id: q.comment, position: 2, type: 'long_text', title: 'Anything else?' },
  ]);
  const definition = await loadSurveyDefinition(t.ctx.db, survey!.id);
  // Cells 0–8: staff group × division; 9: people who said neither.
  for (const [cell, n] of cells.entries()) {
    for (let i = 0; i < n; i += 1) {
      const answers: Answers = cell < 9 ? { [q.group]: groups[Math.floor(cell / 3)], [q.division]: divisions[cell % 3], [q.comment]: `voice ${cell} ${i}` } : { [q.comment]: `voice ${i}` };
      await storeResponse(t.ctx.db, { id: survey!.id, organisationId }, definition, answers);
    }
  }
  return { strategyId: strategy!.id, surveyId: survey!.id, commentId: q.comment };
}

describe('evidence segments follow the results', () => {
  it('never shows a hidden group and refuses a filter by one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 10, maxLength: 10 }),
        fc.option(fc.constantFrom(0, 1, 2), { nil: null }),
        fc.option(fc.constantFrom(0, 1, 2), { nil: null }),
        async (cells, gi, di) => {
          const { strategyId, surveyId, commentId } = await surveyWith(cells);
          const shown = async (group: string | null, division: string | null) => {
            const query = new URLSearchParams();
            if (group) query.set('staffGroup', group);
            if (division) query.set('division', division);
            const body = (await org.admin.get(`/api/v1/surveys/${surveyId}/results/${commentId}?${query}`)).json();
            return body.respondents.suppressed === false;
          };
          const all = (await org.admin.get(`/api/v1/strategies/${strategyId}/evidence?page=1`)).json();
          for (const item of all.items) {
            const g = item.segment.staffGroup ? labels.get(item.segment.staffGroup)! : null;
            const d = item.segment.division ? labels.get(item.segment.division)! : null;
            if (g || d) expect(await shown(g, d), JSON.stringify({ cells, segment: item.segment })).toBe(true);
          }
          const group = gi === null ? null : groups[gi]!;
          const division = di === null ? null : divisions[di]!;
          if (!group && !division) return;
          const query = new URLSearchParams();
          if (group) query.set('staffGroupId', group);
          if (division) query.set('divisionId', division);
          const filtered = (await org.admin.get(`/api/v1/strategies/${strategyId}/evidence?${query}`)).json();
          if (await shown(group, division)) expect(filtered.refused, JSON.stringify(cells)).toBeNull();
          else expect(filtered, JSON.stringify(cells)).toMatchObject({ items: [], total: 0, refused: expect.stringMatching(/Too few people/) });
        },
      ),
      { numRuns: 6, seed: 20261205 },
    );
  }, 240_000);
});
