import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeasureList } from '../../../shared/contracts/measures.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { seedMaturityDemo } from '../maturity/index.js';
import { priorities } from '../priorities/tables.js';
import { seedMeasuresDemo } from './demo.js';
import { strategyWithOwners } from './test-setup.js';

let t: TestApp;
let org: SignedUpOrg;
let ids: { strategyId: string; priorityId: string; initiativeId: string };

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Demo-like Trust');
  ids = await strategyWithOwners(t.ctx.db, org.organisationId);
  // The demo's survey is the Digital experience template; its maturity is What Good Looks Like.
  const survey = await org.admin.post(`/api/v1/strategies/${ids.strategyId}/surveys`, { title: 'Digital experience of staff 2026', template: 'digital_experience' });
  expect(survey.statusCode).toBe(201);
  await t.ctx.db.transaction((tx) => seedMaturityDemo(tx, { organisationId: org.organisationId, strategyId: ids.strategyId }));
});
afterAll(() => t.close());

describe('the measures demo', () => {
  it('gives each priority measures with baselines and targets, one following the survey and one What Good Looks Like, once', async () => {
    const [second] = await t.ctx.db.insert(priorities).values({ organisationId: org.organisationId, strategyId: ids.strategyId, title: 'Joined-up records', position: 1 }).returning();
    const owners = { priorityIdsByTitle: { 'Systems that help staff care': ids.priorityId, 'Joined-up records': second!.id }, initiativeIds: [ids.initiativeId] };
    await seedMeasuresDemo(t.ctx, org.organisationId, ids.strategyId, owners);
    await seedMeasuresDemo(t.ctx, org.organisationId, ids.strategyId, owners);
    const list: MeasureList = (await org.admin.get(`/api/v1/strategies/${ids.strategyId}/measures`)).json();
    const measures = list.groups.flatMap((g) => g.measures);
    expect(list.groups.map((g) => [g.title, g.measures.length])).toEqual([
      ['Systems that help staff care', 3],
      // An initiative's measures follow its own priority's.
      ['Tap-and-go login on wards', 1],
      ['Joined-up records', 3],
    ]);
    expect(measures.filter((m) => m.source === 'manual').every((m) => m.baseline.value !== null && m.target.value !== null)).toBe(true);
    expect(measures.find((m) => m.source === 'survey')).toMatchObject({ name: 'Staff who say digital tools support them well', target: { value: 60 } });
    const maturity = measures.find((m) => m.source === 'maturity')!;
    // The demo's assessments score smart foundations, so the measure has a latest value.
    expect(maturity.latest?.value).toEqual(expect.any(Number));
    const detail = (await org.admin.get(`/api/v1/measures/${measures.find((m) => m.source === 'survey')!.id}`)).json();
    expect(detail.boundTo).toMatch(/^The share answering 7 or 8 or 9 or 10 to “Overall, how well do digital tools support you/);
  });
});
