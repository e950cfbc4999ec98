import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAddDevelopComment } from '../shared/contracts/comments.js';
import { ZCreateCriterion } from '../shared/contracts/priorities.js';
import { ZMeasureInput } from '../shared/contracts/measures.js';
import { ZUpdatePartnershipVersion } from '../shared/contracts/partnership.js';
import { partnershipVersions } from './modules/partnership/index.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from './testing/harness.js';
import { newTestStrategy } from './testing/surveys.js';
import { expectAsJudged, formStrings, judge, noBom, pick } from './testing/contract-verdict.js';

/**
 * The Big List of Naughty Strings through the rest of the Develop forms (priorities and the
 * roadmap are in develop-forms.naughty.test.ts): prioritisation criteria, a measure's edit form,
 * the partnership's introduction, and comments on the mission and the partnership. The mission's own texts and the
 * commitments already go through the whole list in their modules' tests. Each string is stored
 * and read back exactly as the shared contract normalises it, or refused with a 400 naming
 * exactly the fields the contract refuses, in its words; a refused edit leaves what was there.
 */
let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;
const strings = formStrings();

beforeAll(async () => {
  t = await startTestApp({ rateLimitPerMinute: 100_000 });
  org = await signUpOrganisation(t.app, 'Naughty Develop Trust 2');
  strategyId = await newTestStrategy(org);
});
afterAll(() => t.close());

const mostlyStored = (stored: number) => expect(stored).toBeGreaterThan(strings.length * 0.8);

describe('naughty strings through the Develop forms: criteria, measures, the partnership and comments', { timeout: 120_000 }, () => {
  it("a prioritisation criterion's name", async () => {
    const base = `/api/v1/strategies/${strategyId}/priorities/criteria`;
    await org.admin.post(base, { name: 'Benefit to patients', kind: 'value', weight: 50 });
    const expected = new Map<string, unknown>();
    const taken = new Set(['benefit to patients']);
    for (const value of strings) {
      const body = { name: value, kind: 'effort', weight: 10 };
      const verdict = judge(ZCreateCriterion, body);
      const response = await org.admin.post(base, body);
      const name = verdict.ok ? String(verdict.data.name) : '';
      if (verdict.ok && taken.has(name.toLowerCase())) {
        // The list holds "null" and "NULL": a name already in use is a conflict, said as such.
        expect(response.statusCode, response.body).toBe(409);
        expect(response.json().errors).toEqual([{ field: 'name', message: 'A criterion with this name already exists' }]);
      } else if (expectAsJudged(response, verdict, 201, value)) {
        taken.add(name.toLowerCase());
        expected.set(response.json().id, noBom(name));
      }
    }
    const criteria = (await org.admin.get(base)).json().criteria as { id: string; name: string }[];
    expect(new Map(criteria.slice(1).map((c) => [c.id, noBom(c.name)]))).toEqual(expected);
    mostlyStored(expected.size);
  });

  it("a measure's name, unit and the source of its baseline", async () => {
    const priorityId = (await org.admin.post(`/api/v1/strategies/${strategyId}/priorities`, { title: 'Systems that help staff care' })).json().id;
    const form = { priorityId, direction: 'down', baselineValue: 95, baselineOn: '2026-04-01', targetValue: 15, targetOn: '2028-03-31' };
    const expected = new Map<string, unknown>();
    for (const value of strings) {
      const body = { ...form, name: value, unit: value, baselineSource: value };
      const verdict = judge(ZMeasureInput, body);
      const response = await org.admin.post(`/api/v1/strategies/${strategyId}/measures`, body);
      if (expectAsJudged(response, verdict, 201, value) && verdict.ok) expected.set(response.json().id, pick(verdict.data, ['name', 'unit', 'baselineSource']));
    }
    // Read back all together: nothing refused was saved, and each reads as the contract made it.
    const groups = (await org.admin.get(`/api/v1/strategies/${strategyId}/measures`)).json().groups as { measures: { id: string; baseline: { source: string } }[] }[];
    const listed = groups.flatMap((g) => g.measures).map((m) => [m.id, pick({ ...m, baselineSource: m.baseline.source }, ['name', 'unit', 'baselineSource'])] as const);
    expect(new Map(listed)).toEqual(expected);
    // The unit is at most 60 characters, so more of the list is refused here than elsewhere.
    expect(expected.size).toBeGreaterThan(strings.length * 0.7);
  });

  it("the partnership's introduction", async () => {
    const draft = (await org.admin.post(`/api/v1/strategies/${strategyId}/partnership/versions`)).json().id;
    const stored = async () => noBom((await t.ctx.db.select({ intro: partnershipVersions.intro }).from(partnershipVersions).where(eq(partnershipVersions.id, draft)))[0]!.intro);
    let intro: unknown = '';
    let count = 0;
    for (const value of strings) {
      const verdict = judge(ZUpdatePartnershipVersion, { intro: value });
      if (expectAsJudged(await org.admin.patch(`/api/v1/partnership-versions/${draft}`, { intro: value }), verdict, 200, value)) {
        count += 1;
        intro = noBom(verdict.data.intro);
      }
      // Read from its table each time (a refused edit leaves the last one); through the page at the end.
      expect(await stored(), JSON.stringify(value)).toBe(intro);
    }
    expect(noBom((await org.admin.get(`/api/v1/strategies/${strategyId}/partnership`)).json().current.intro)).toBe(intro);
    mostlyStored(count);
  });

  it('a comment on the mission or the partnership', async () => {
    const subjects = [
      ['mission', (await org.admin.post(`/api/v1/strategies/${strategyId}/mission/versions`, { mission: 'Digital that gives staff time to care' })).json().id as string],
      ['partnership', (await org.admin.get(`/api/v1/strategies/${strategyId}/partnership`)).json().current.id as string],
    ] as const;
    const expected = subjects.map(() => new Map<string, unknown>());
    // Both go through the same comment form and table: the strings take turns.
    for (const [index, value] of strings.entries()) {
      const [subjectType, subjectId] = subjects[index % 2]!;
      const body = { subjectType, subjectId, body: value };
      const verdict = judge(ZAddDevelopComment, body);
      const response = await org.admin.post(`/api/v1/strategies/${strategyId}/comments`, body);
      if (expectAsJudged(response, verdict, 201, value)) {
        expect(noBom(response.json().body), JSON.stringify(value)).toBe(noBom(verdict.data.body));
        expected[index % 2]!.set(response.json().id, noBom(verdict.data.body));
      }
    }
    // Read back all together: nothing refused was saved.
    for (const [index, [subjectType, subjectId]] of subjects.entries()) {
      const read = (await org.admin.get(`/api/v1/strategies/${strategyId}/comments?subjectType=${subjectType}&subjectId=${subjectId}`)).json();
      expect(new Map(read.comments.map((c: { id: string; body: string }) => [c.id, noBom(c.body)]))).toEqual(expected[index]);
    }
    mostlyStored(expected[0]!.size + expected[1]!.size);
  });
});

describe('bad input in the measure form: a specific message, and nothing half-saved', () => {
  it('refuses a measure with no unit, a target the wrong way, or a target date before the baseline, on adding and on editing', async () => {
    const strategy = await newTestStrategy(org);
    const priorityId = (await org.admin.post(`/api/v1/strategies/${strategy}/priorities`, { title: 'Staff time to care' })).json().id;
    const good = { priorityId, name: 'Staff who say the systems help', unit: '% of staff', direction: 'up', baselineValue: 40, baselineOn: '2026-04-01', targetValue: 70, targetOn: '2028-03-31' };
    const id = (await org.admin.post(`/api/v1/strategies/${strategy}/measures`, good)).json().id;
    const list = async () => (await org.admin.get(`/api/v1/strategies/${strategy}/measures`)).json().groups;
    const [listed, detail] = [await list(), (await org.admin.get(`/api/v1/measures/${id}`)).json()];
    const { unit: _unit, ...noUnit } = good;
    const cases: [Record<string, unknown>, { field: string; message: string }][] = [
      [noUnit, { field: 'unit', message: 'Enter a unit, like % of staff or minutes' }],
      [{ ...good, targetValue: 35 }, { field: 'targetValue', message: 'Higher is better for this measure, so the target (35) must be above the baseline (40)' }],
      [{ ...good, direction: 'down' }, { field: 'targetValue', message: 'Lower is better for this measure, so the target (70) must be below the baseline (40)' }],
      [{ ...good, baselineOn: '2028-04-01' }, { field: 'targetOn', message: 'The target date must be after the baseline date' }],
      [{ ...good, targetOn: '2026-04-01' }, { field: 'targetOn', message: 'The target date must be after the baseline date' }],
    ];
    for (const [body, error] of cases) {
      for (const response of [await org.admin.post(`/api/v1/strategies/${strategy}/measures`, body), await org.admin.put(`/api/v1/measures/${id}`, { ...body, name: 'Renamed' })]) {
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json().errors).toEqual([error]);
        expect(response.json().detail).toBe(error.message);
      }
    }
    expect(await list()).toEqual(listed);
    expect((await org.admin.get(`/api/v1/measures/${id}`)).json()).toEqual(detail);
  });
});
