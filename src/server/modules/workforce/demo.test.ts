import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESR_STAFF_GROUPS } from '../../../shared/contracts/workforce.js';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedWorkforceDemo } from './demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('demo workforce', () => {
  it('seeds a cancer centre of about 1,900 people, once', async () => {
    const org = await signUpOrganisation(t.app);
    await t.ctx.db.transaction((tx) => seedWorkforceDemo(tx, org.organisationId));
    await t.ctx.db.transaction((tx) => seedWorkforceDemo(tx, org.organisationId));
    const workforce = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/workforce`)).json();
    expect(workforce.divisions).toHaveLength(6);
    expect(workforce.sites).toHaveLength(3);
    expect(workforce.staffGroups.map((g: { name: string }) => g.name)).toEqual([...ESR_STAFF_GROUPS]);
    expect(workforce.headcounts.totals.overall).toBeGreaterThan(1800);
    expect(workforce.headcounts.totals.overall).toBeLessThan(2000);
    const corporate = workforce.divisions.find((d: { name: string }) => d.name === 'Corporate Services');
    const admin = workforce.staffGroups.find((g: { name: string }) => g.name === 'Administrative and Clerical');
    const adminInCorporate = workforce.headcounts.cells.find((c: { divisionId: string; staffGroupId: string }) => c.divisionId === corporate.id && c.staffGroupId === admin.id);
    expect(adminInCorporate.headcount / workforce.headcounts.totals.byDivision[corporate.id]).toBeGreaterThan(0.5);
  });
});
