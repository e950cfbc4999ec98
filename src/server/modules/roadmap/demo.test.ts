import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedEstateDemo } from '../estate/index.js';
import { priorities } from '../priorities/tables.js';
import { seedWorkforceDemo } from '../workforce/index.js';
import { DEMO_ROADMAP, seedRoadmapDemo } from './demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('roadmap demo', () => {
  it('has every dependency name an initiative of the demo', () => {
    const titles = new Set(DEMO_ROADMAP.flatMap((p) => p.initiatives.map((i) => i.title)));
    for (const p of DEMO_ROADMAP) for (const i of p.initiatives) for (const on of i.dependsOn ?? []) expect(titles.has(on), on).toBe(true);
  });

  it('seeds three programmes under the first three priorities, linked to the demo estate, once', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Digital strategy', startYear: 2026, endYear: 2029 })).json().id;
    const rows = await t.ctx.db.insert(priorities).values(['Time back to care', 'Results in one place', 'Care closer to home', 'Data we trust'].map((title, position) => ({ organisationId: org.organisationId, strategyId, title, position }))).returning();
    const byTitle = Object.fromEntries(rows.map((r) => [r.title, r.id]));
    await t.ctx.db.transaction(async (tx) => {
      await seedWorkforceDemo(tx, org.organisationId);
      await seedEstateDemo(tx, org.organisationId, '2026-11-28');
      await seedRoadmapDemo(tx, org.organisationId, strategyId, byTitle);
      await seedRoadmapDemo(tx, org.organisationId, strategyId, byTitle);
    });
    const roadmap = (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json();
    expect(roadmap.programmes.map((p: { priorityTitle: string }) => p.priorityTitle)).toEqual(['Time back to care', 'Results in one place', 'Care closer to home']);
    expect(roadmap.initiatives).toHaveLength(12);
    expect(roadmap.dependencies).toHaveLength(10);
    expect(roadmap.criticalPath.chain.length).toBeGreaterThan(1);
    const flags = roadmap.initiatives.flatMap((i: { flags: { kind: string }[] }) => i.flags.map((f) => f.kind));
    expect(new Set(flags)).toEqual(new Set(['schedule', 'time']));
    const epr = roadmap.initiatives.find((i: { title: string }) => i.title === 'EPR outpatients and PAS switch-off');
    const detail = (await org.admin.get(`/api/v1/initiatives/${epr.id}`)).json();
    expect(detail.projects.map((p: { name: string }) => p.name)).toEqual(['EPR phase 2: outpatients and retiring the PAS']);
    expect(detail.systems.map((s: { name: string; change: string }) => [s.name, s.change])).toEqual([['Electronic Patient Record', 'improve'], ['Legacy Patient Administration System', 'retire']]);
    const speech = roadmap.initiatives.find((i: { title: string }) => i.title === 'Speech recognition for clinic letters');
    expect((await org.admin.get(`/api/v1/initiatives/${speech.id}`)).json().systems[0]).toMatchObject({ name: 'Digital dictation', replacedBy: { name: 'Speech recognition' } });
  });
});
