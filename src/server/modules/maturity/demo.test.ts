import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedMaturityDemo } from './demo.js';
import { maturityAssessments } from './tables.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the maturity demo', () => {
  it('adds a complete baseline and a complete refresh once, whose comparison shows movement', async () => {
    const org = await signUpOrganisation(t.app, 'Demo-like Trust');
    const strategy = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json();
    const input = { organisationId: org.organisationId, strategyId: strategy.id as string };
    await t.ctx.db.transaction((tx) => seedMaturityDemo(tx, input));
    await t.ctx.db.transaction((tx) => seedMaturityDemo(tx, input));
    const rows = await t.ctx.db.select().from(maturityAssessments).where(eq(maturityAssessments.organisationId, org.organisationId));
    expect(rows).toHaveLength(2);
    const list = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/maturity/assessments`)).json();
    expect(list.assessments.map((a: { status: string; scoredCount: number }) => [a.status, a.scoredCount])).toEqual([['complete', 7], ['complete', 7]]);
    const [newer, older] = list.assessments as { id: string; assessedOn: string; strategy: { id: string } | null }[];
    expect(older!.assessedOn < newer!.assessedOn).toBe(true);
    expect(newer!.strategy?.id).toBe(strategy.id);
    // The lazily added framework did not add a second What Good Looks Like.
    expect((await org.admin.get(`/api/v1/orgs/${org.organisationId}/maturity/frameworks`)).json().frameworks).toHaveLength(1);
    const compared = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/maturity/assessments/compare?from=${older!.id}&to=${newer!.id}`)).json();
    const changes = compared.rows.map((r: { change: number }) => r.change);
    expect(changes.some((c: number) => c > 0)).toBe(true);
    expect(changes.some((c: number) => c === 0)).toBe(true);
    const detail = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/maturity/assessments/${newer!.id}`)).json();
    expect(detail.missing).toEqual([]);
  });
});
