import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { seedWorkforceDemo } from '../workforce/index.js';
import { seedEstateDemo } from './demo.js';
import { integrations, systems } from './tables.js';
import { orgUrl } from './testing-estate.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('estate demo', () => {
  it('seeds a cancer centre’s register once, with every assessment view populated', async () => {
    const org = await signUpOrganisation(t.app);
    await t.ctx.db.transaction(async (tx) => {
      await seedWorkforceDemo(tx, org.organisationId);
      await seedEstateDemo(tx, org.organisationId, '2026-11-28');
    });
    const counts = async () => ({
      systems: (await t.ctx.db.select().from(systems).where(eq(systems.organisationId, org.organisationId))).length,
      integrations: (await t.ctx.db.select().from(integrations).where(eq(integrations.organisationId, org.organisationId))).length,
    });
    const first = await counts();
    expect(first.systems).toBeGreaterThanOrEqual(55);
    expect(first.systems).toBeLessThanOrEqual(70);
    expect(first.integrations).toBeGreaterThanOrEqual(80);
    expect(first.integrations).toBeLessThanOrEqual(120);
    await t.ctx.db.transaction((tx) => seedEstateDemo(tx, org.organisationId));
    expect(await counts()).toEqual(first);

    const overview = (await org.admin.get(orgUrl(org, '/estate/overview'))).json();
    expect(new Set(overview.quadrant.map((p: { time: string }) => p.time))).toEqual(new Set(['invest', 'tolerate', 'migrate', 'eliminate']));
    const kinds = new Set(overview.warnings.map((w: { kind: string }) => w.kind));
    expect(kinds).toEqual(new Set(['critical_end_of_life', 'contract_ended', 'contract_ending_unplanned', 'patient_data_unowned', 'eliminate_unplanned']));
    expect(overview.capabilities.filter((c: { overlap: boolean }) => c.overlap).length).toBeGreaterThan(3);
    expect(overview.lifecycle.every((c: { systems: unknown[] }) => c.systems.length > 0)).toBe(true);
    const map = (await org.admin.get(orgUrl(org, '/estate/map'))).json();
    const types = new Set(map.edges.map((e: { interfaceType: string }) => e.interfaceType));
    expect(types).toEqual(new Set(['hl7v2', 'dicom', 'fhir', 'api', 'file_transfer', 'manual_rekeying']));
    expect(map.nodes.some((n: { divisionIds: string[] }) => n.divisionIds.length > 0)).toBe(true);
    const projects = (await org.admin.get(orgUrl(org, '/projects'))).json().projects;
    expect(projects).toHaveLength(6);
    // The export reads straight back through the import: same column names, same words.
    const csv = await org.admin.get(orgUrl(org, '/systems/export.csv'));
    const copy = await signUpOrganisation(t.app, 'Copy Trust');
    // The same divisions and sites, so the "Divisions and sites" column can be matched by name.
    await t.ctx.db.transaction((tx) => seedWorkforceDemo(tx, copy.organisationId));
    const imported = await copy.admin.post(orgUrl(copy, '/systems/import'), { fileName: 'export.csv', content: Buffer.from(csv.rawPayload).toString('base64') });
    expect(imported.statusCode, imported.body).toBe(201);
    const live = (await org.admin.get(orgUrl(org, '/systems?pageSize=200'))).json();
    expect(imported.json()).toEqual({ created: live.total, updated: 0, duplicates: 0 });
    const copied = (await copy.admin.get(orgUrl(copy, '/systems?pageSize=200'))).json();
    const comparable = (s: Record<string, unknown>) => ({
      ...s,
      id: null,
      updatedAt: null,
      units: (s.units as { name: string; kind: string }[]).map((u) => `${u.kind} ${u.name}`).sort(),
      replacedBy: (s.replacedBy as { name: string } | null)?.name ?? null,
    });
    expect(live.systems.some((s: { units: unknown[] }) => s.units.length > 0)).toBe(true);
    expect(live.systems.some((s: { replacedBy: unknown }) => s.replacedBy !== null)).toBe(true);
    expect(copied.systems.map(comparable)).toEqual(live.systems.map(comparable));
  });
});
