import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedEstateDemo } from '../estate/index.js';
import { priorities } from '../priorities/index.js';
import { seedRoadmapDemo } from '../roadmap/index.js';
import { seedWorkforceDemo } from '../workforce/index.js';
import { seedDeliveryDemo } from './demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('delivery demo', () => {
  it('gives the initiatives under way a year of monthly updates and their milestones, some done and one overdue, once', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Digital strategy', startYear: 2026, endYear: 2029 })).json().id;
    const rows = await t.ctx.db.insert(priorities).values(['Time back to care', 'Results in one place', 'Care closer to home'].map((title, position) => ({ organisationId: org.organisationId, strategyId, title, position }))).returning();
    const byTitle = Object.fromEntries(rows.map((r) => [r.title, r.id]));
    await t.ctx.db.transaction(async (tx) => {
      await seedWorkforceDemo(tx, org.organisationId);
      await seedEstateDemo(tx, org.organisationId, '2026-11-28');
      await seedRoadmapDemo(tx, org.organisationId, strategyId, byTitle);
    });
    const me = (await org.admin.get('/api/v1/me')).json();
    await seedDeliveryDemo(t.ctx, org.organisationId, strategyId, me.user.id);
    await seedDeliveryDemo(t.ctx, org.organisationId, strategyId, me.user.id);

    const roadmap = (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json();
    const ris = roadmap.initiatives.find((i: { title: string }) => i.title === 'Radiology information system replacement');
    const delivery = (await org.admin.get(`/api/v1/initiatives/${ris.id}/updates`)).json();
    expect(delivery.milestones.map((m: { title: string; doneOn: string | null }) => [m.title, m.doneOn !== null])).toEqual([
      ['Contract signed with the imaging network', true],
      ['Interfaces to the EPR and PACS tested', true],
      ['Prior-reports fix accepted by radiologists', false],
      ['Go-live in the imaging network hub', false],
    ]);
    // A year of monthly updates, December to November, the latest first.
    const days: string[] = delivery.updates.map((u: { recordedOn: string }) => u.recordedOn);
    expect(days).toHaveLength(12);
    expect([days.at(-1), days[0]]).toEqual(['2025-12-31', '2026-11-30']);
    const dashboard = (await org.admin.get(`/api/v1/strategies/${strategyId}/delivery`)).json();
    expect(dashboard.overdueMilestones.map((m: { title: string }) => m.title)).toContain('Prior-reports fix accepted by radiologists');
  });
});
