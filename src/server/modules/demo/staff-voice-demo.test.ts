import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EstateDisagreements, SystemStaffVoice } from '../../../shared/contracts/staff-voice.js';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedEstateDemo } from '../estate/index.js';
import { seedWorkforceDemo } from '../workforce/index.js';
import { seedDemoSurvey } from './survey-demo.js';

/**
 * The demo's system pages and register show staff voice from its finished survey. Seeded into an
 * ordinary organisation rather than through `seedDemo`, which runs once per database: on the
 * PostgreSQL pass every test file shares one database, and the demo seed test needs it first.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('staff voice in the demo', () => {
  it('shows what staff said about demo systems and highlights where they and the architects disagree', async () => {
    const org = await signUpOrganisation(t.app, 'Demo-like Trust');
    const strategy = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
    await t.ctx.db.transaction(async (tx) => {
      await seedWorkforceDemo(tx, org.organisationId);
      // The estate first: the survey's systems question finds demo systems by name.
      await seedEstateDemo(tx, org.organisationId);
      await seedDemoSurvey(tx, { organisationId: org.organisationId, strategyId: strategy.json().id });
    });
    const get = (url: string) => org.admin.get(`/api/v1/orgs/${org.organisationId}${url}`);

    const disagreements = await get('/estate/disagreements');
    expect(disagreements.statusCode, disagreements.body).toBe(200);
    const names = (disagreements.json() as EstateDisagreements).systems.map((s) => s.name).sort();
    expect(names).toEqual(['Incident reporting', 'Nurse e-rostering']);

    const register = (await get('/systems?q=Electronic%20Patient%20Record')).json();
    const epr = register.systems.find((s: { name: string }) => s.name === 'Electronic Patient Record');
    const voice = (await get(`/systems/${epr.id}/staff-voice`)).json() as SystemStaffVoice;
    expect(voice.surveys).toHaveLength(1);
    expect(voice.surveys[0]!.total.rated.value).toBeGreaterThan(100);
    expect(voice.surveys[0]!.disagreement.status).toBe('agree');
    // Some staff groups answered too rarely to be shown.
    expect(voice.surveys[0]!.byStaffGroup.some((g) => g.rated.suppressed)).toBe(true);
  }, 180_000);
});
