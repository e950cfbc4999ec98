import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { ZEstateMap } from '../../../shared/contracts/estate.js';
import { addMonths } from '../../../shared/estate-assessment.js';
import { addMember, signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { addIntegration, addSystem, auditOf, orgUrl } from './testing-estate.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('estate: integrations and the map', () => {
  it('records integrations, refuses duplicates and other organisations’ systems, and audits changes', async () => {
    const org = await signUpOrganisation(t.app);
    const other = await signUpOrganisation(t.app, 'Other Trust');
    const epr = await addSystem(org, { name: 'EPR' });
    const lims = await addSystem(org, { name: 'LIMS' });
    const theirs = await addSystem(other, { name: 'Theirs' });
    const link = await addIntegration(org, lims.id, epr.id);

    const duplicate = await org.admin.post(orgUrl(org, '/integrations'), { sourceSystemId: lims.id, targetSystemId: epr.id, interfaceType: 'hl7v2' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().detail).toBe('LIMS already sends data to EPR by HL7 v2. Edit that integration instead.');
    // The other direction, or another interface type, is a different link.
    await addIntegration(org, epr.id, lims.id);
    await addIntegration(org, lims.id, epr.id, 'manual_rekeying');

    const foreign = await org.admin.post(orgUrl(org, '/integrations'), { sourceSystemId: epr.id, targetSystemId: theirs.id, interfaceType: 'fhir' });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([{ field: 'targetSystemId', message: 'Choose a target system from this register' }]);
    const self = await org.admin.post(orgUrl(org, '/integrations'), { sourceSystemId: epr.id, targetSystemId: epr.id, interfaceType: 'fhir' });
    expect(self.json().errors).toEqual([{ field: 'targetSystemId', message: 'A system cannot integrate with itself: choose two different systems' }]);

    const updated = await org.admin.patch(orgUrl(org, `/integrations/${link.id}`), { sourceSystemId: lims.id, targetSystemId: epr.id, interfaceType: 'fhir', frequency: 'hourly' });
    expect(updated.json()).toMatchObject({ source: { name: 'LIMS' }, target: { name: 'EPR' }, interfaceType: 'fhir', frequency: 'hourly' });
    const clash = await org.admin.patch(orgUrl(org, `/integrations/${link.id}`), { sourceSystemId: epr.id, targetSystemId: lims.id, interfaceType: 'hl7v2' });
    expect(clash.statusCode).toBe(409);
    expect((await org.admin.get(orgUrl(org, `/integrations?system=${lims.id}`))).json().integrations).toHaveLength(3);
    expect((await org.admin.delete(orgUrl(org, `/integrations/${link.id}`))).statusCode).toBe(200);
    expect((await org.admin.get(orgUrl(org, '/integrations'))).json().integrations).toHaveLength(2);
    expect((await other.admin.delete(orgUrl(other, `/integrations/${link.id}`))).statusCode).toBe(404);
    expect(await auditOf(org, 'integration.created')).toHaveLength(3);
    expect((await auditOf(org, 'integration.updated'))[0]).toMatchObject({ before: { interfaceType: 'hl7v2' }, after: { interfaceType: 'fhir' } });
    expect((await auditOf(org, 'integration.deleted'))[0]!.subjectId).toBe(link.id);

    const staff = (await addMember(t.app, org, 'staff')).session;
    expect((await staff.post(orgUrl(org, '/integrations'), { sourceSystemId: epr.id, targetSystemId: lims.id, interfaceType: 'api' })).statusCode).toBe(403);
    expect((await staff.get(orgUrl(org, '/integrations'))).statusCode).toBe(200);
  });

  it('maps live systems and only the edges whose two ends are shown', async () => {
    const org = await signUpOrganisation(t.app);
    const division = (await org.admin.post(orgUrl(org, '/workforce/units'), { kind: 'division', name: 'Radiology' })).json();
    const pacs = await addSystem(org, { name: 'PACS', criticality: 'critical', unitIds: [division.id] });
    const ris = await addSystem(org, { name: 'RIS', criticality: 'critical', unitIds: [division.id] });
    const portal = await addSystem(org, { name: 'Portal', criticality: 'low' });
    const old = await addSystem(org, { name: 'Old', criticality: 'critical' });
    await addIntegration(org, ris.id, pacs.id, 'dicom');
    await addIntegration(org, pacs.id, portal.id, 'fhir');
    await addIntegration(org, old.id, pacs.id, 'hl7v2');
    await org.admin.post(orgUrl(org, `/systems/${old.id}/retire`));

    const all = (await org.admin.get(orgUrl(org, '/estate/map'))).json();
    // The map is sent as text built by PostgreSQL, past the response serializer: check the contract here.
    expect(ZEstateMap.safeParse(all).success).toBe(true);
    expect(all.nodes.map((n: { name: string }) => n.name)).toEqual(['PACS', 'Portal', 'RIS']);
    expect(all.nodes[0]).toMatchObject({ divisionIds: [division.id], criticality: 'critical', lifecycle: 'active' });
    expect(all.edges).toHaveLength(2);
    const critical = (await org.admin.get(orgUrl(org, '/estate/map?criticality=critical'))).json();
    expect(critical.edges).toEqual([{ id: expect.any(String), source: ris.id, target: pacs.id, interfaceType: 'dicom', frequency: 'real_time' }]);
    expect((await org.admin.get(orgUrl(org, `/estate/map?division=${division.id}&interfaceType=fhir`))).json().edges).toEqual([]);
    expect((await org.admin.get(orgUrl(org, '/estate/map?interfaceType=fhir'))).json().edges).toHaveLength(1);
  });
});

describe('estate: overview and projects', () => {
  it('gathers the quadrant, lifecycle board, capabilities, contract timeline and warnings; projects silence warnings', async () => {
    const org = await signUpOrganisation(t.app);
    const today = todayInLondon();
    const soon = addMonths(today, 2);
    const dictationA = await addSystem(org, { name: 'Dictation A', capability: 'Dictation', technicalFit: 1, functionalFit: 1, contractEnd: soon, annualCost: 40000 });
    await addSystem(org, { name: 'Dictation B', capability: 'dictation', technicalFit: 4, functionalFit: 3, annualCost: 10000 });
    await addSystem(org, { name: 'Legacy PAS', criticality: 'critical', lifecycle: 'end_of_life' });
    await addSystem(org, { name: 'Planned EPR', lifecycle: 'plan', capability: 'Dictation' });
    let overview = (await org.admin.get(orgUrl(org, '/estate/overview'))).json();
    expect(overview.today).toBe(today);
    expect(overview.totals).toEqual({ systems: 4, integrations: 0, annualCost: 50000, unrated: 2 });
    expect(overview.quadrant.map((p: { name: string; time: string }) => [p.name, p.time])).toEqual([['Dictation A', 'eliminate'], ['Dictation B', 'invest']]);
    expect(overview.lifecycle.map((c: { lifecycle: string; systems: unknown[] }) => [c.lifecycle, c.systems.length])).toEqual([
      ['plan', 1], ['phase_in', 0], ['active', 2], ['phase_out', 0], ['end_of_life', 1],
    ]);
    expect(overview.capabilities[0]).toMatchObject({ capability: 'Dictation', overlap: true });
    expect(overview.capabilities[0].systems).toHaveLength(2);
    expect(overview.capabilities.at(-1)).toMatchObject({ capability: null, overlap: false });
    expect(overview.contractTimeline.totalAnnualCost).toBe(40000);
    expect(overview.warnings.map((w: { kind: string; systemName: string }) => `${w.systemName}: ${w.kind}`).sort()).toEqual([
      'Dictation A: contract_ending_unplanned',
      'Dictation A: eliminate_unplanned',
      'Legacy PAS: critical_end_of_life',
    ]);

    const project = await org.admin.post(orgUrl(org, '/projects'), { name: 'Dictation consolidation', status: 'in_progress', systemIds: [dictationA.id], startOn: '2026-01-01', endOn: '2027-01-01' });
    expect(project.statusCode, project.body).toBe(201);
    expect(project.json()).toMatchObject({ systems: [{ id: dictationA.id, name: 'Dictation A' }], sponsor: null });
    overview = (await org.admin.get(orgUrl(org, '/estate/overview'))).json();
    expect(overview.warnings.map((w: { systemName: string }) => w.systemName)).toEqual(['Legacy PAS']);

    // A completed project is no longer a plan.
    await org.admin.patch(orgUrl(org, `/projects/${project.json().id}`), { name: 'Dictation consolidation', status: 'completed', systemIds: [dictationA.id] });
    overview = (await org.admin.get(orgUrl(org, '/estate/overview'))).json();
    expect(overview.warnings).toHaveLength(3);
    expect((await auditOf(org, 'project.updated'))[0]).toMatchObject({ before: { status: 'in_progress' }, after: { status: 'completed' } });
  });

  it('validates projects and keeps them to the organisation', async () => {
    const org = await signUpOrganisation(t.app);
    const other = await signUpOrganisation(t.app, 'Other Trust');
    const theirs = await addSystem(other, { name: 'Theirs' });
    const bad = await org.admin.post(orgUrl(org, '/projects'), { name: 'P', status: 'in_progress', startOn: '2027-01-02', endOn: '2027-01-01' });
    expect(bad.json().errors).toEqual([{ field: 'endOn', message: 'End date must be on or after the start date' }]);
    const foreign = await org.admin.post(orgUrl(org, '/projects'), { name: 'P', status: 'in_progress', systemIds: [theirs.id] });
    expect(foreign.json().errors).toEqual([{ field: 'systemIds', message: 'Choose the affected systems from this register' }]);
    const created = (await org.admin.post(orgUrl(org, '/projects'), { name: 'P', status: 'proposed' })).json();
    const twice = await org.admin.post(orgUrl(org, '/projects'), { name: 'p', status: 'proposed' });
    expect(twice.statusCode).toBe(409);
    expect((await other.admin.get(orgUrl(org, `/projects/${created.id}`))).statusCode).toBe(404);
    expect((await other.admin.get(orgUrl(other, `/projects/${created.id}`))).statusCode).toBe(404);
    const staff = (await addMember(t.app, org, 'staff')).session;
    expect((await staff.delete(orgUrl(org, `/projects/${created.id}`))).statusCode).toBe(403);
    expect((await staff.get(orgUrl(org, '/projects'))).json()).toMatchObject({ can: { manage: false }, projects: [{ name: 'P' }] });
    expect((await org.admin.delete(orgUrl(org, `/projects/${created.id}`))).statusCode).toBe(200);
    expect(await auditOf(org, 'project.deleted')).toHaveLength(1);
    expect((await org.admin.get(orgUrl(org, '/projects'))).json().projects).toEqual([]);
  });

  it('changes only the fields a PATCH names, checking the result whole', async () => {
    const org = await signUpOrganisation(t.app);
    const epr = await addSystem(org, { name: 'EPR' });
    const lims = await addSystem(org, { name: 'LIMS' });
    const link = (await org.admin.post(orgUrl(org, '/integrations'), { sourceSystemId: lims.id, targetSystemId: epr.id, interfaceType: 'hl7v2', frequency: 'real_time', notes: 'Results feed' })).json();
    const often = await org.admin.patch(orgUrl(org, `/integrations/${link.id}`), { frequency: 'daily' });
    expect(often.json()).toMatchObject({ source: { name: 'LIMS' }, target: { name: 'EPR' }, interfaceType: 'hl7v2', frequency: 'daily', notes: 'Results feed' });
    const self = await org.admin.patch(orgUrl(org, `/integrations/${link.id}`), { targetSystemId: lims.id });
    expect([self.statusCode, self.json().errors]).toEqual([400, [{ field: 'targetSystemId', message: 'A system cannot integrate with itself: choose two different systems' }]]);

    const project = (await org.admin.post(orgUrl(org, '/projects'), {
      name: 'LIMS upgrade', sponsor: 'Chief Medical Officer', status: 'in_progress', startOn: '2026-01-01', endOn: '2027-06-30', systemIds: [lims.id], notes: 'Phase 1',
    })).json();
    const done = await org.admin.patch(orgUrl(org, `/projects/${project.id}`), { status: 'completed' });
    expect(done.json()).toMatchObject({ name: 'LIMS upgrade', sponsor: 'Chief Medical Officer', status: 'completed', startOn: '2026-01-01', endOn: '2027-06-30', systems: [{ id: lims.id }], notes: 'Phase 1' });
    // An end date before the stored start is refused, and nothing changes.
    const early = await org.admin.patch(orgUrl(org, `/projects/${project.id}`), { endOn: '2025-12-31' });
    expect([early.statusCode, early.json().errors]).toEqual([400, [{ field: 'endOn', message: 'End date must be on or after the start date' }]]);
    expect((await org.admin.get(orgUrl(org, `/projects/${project.id}`))).json()).toMatchObject({ endOn: '2027-06-30', status: 'completed' });
    // Naming the systems replaces them; clearing the sponsor is a change like any other.
    const moved = await org.admin.patch(orgUrl(org, `/projects/${project.id}`), { systemIds: [epr.id, lims.id], sponsor: null });
    expect(moved.json()).toMatchObject({ sponsor: null, systems: [{ name: 'EPR' }, { name: 'LIMS' }] });
  });
});

describe('estate: register snapshots', () => {
  it('freezes the live register for a strategy, unchanged by later edits', async () => {
    const org = await signUpOrganisation(t.app);
    const strategy = (await org.admin.post(orgUrl(org, '/strategies'), { name: 'Digital strategy', startYear: 2026, endYear: 2030 })).json();
    const epr = await addSystem(org, { name: 'EPR' });
    const lims = await addSystem(org, { name: 'LIMS' });
    await addIntegration(org, lims.id, epr.id);
    const url = `/api/v1/strategies/${strategy.id}/register-snapshots`;
    const taken = await org.admin.post(url, { label: 'Baseline' });
    expect(taken.statusCode, taken.body).toBe(201);
    expect(taken.json()).toMatchObject({ label: 'Baseline', systemCount: 2, integrationCount: 1, takenBy: 'Ada Admin' });

    await org.admin.patch(orgUrl(org, `/systems/${epr.id}`), { name: 'EPR (renamed)' });
    const read = (await org.admin.get(`${url}/${taken.json().id}`)).json();
    expect(read.content.systems.map((s: { name: string }) => s.name)).toEqual(['EPR', 'LIMS']);
    expect(read.content.integrations[0]).toMatchObject({ source: { name: 'LIMS' }, target: { name: 'EPR' } });
    expect((await org.admin.get(url)).json()).toMatchObject({ snapshots: [{ label: 'Baseline' }], can: { create: true } });
    expect(await auditOf(org, 'register_snapshot.taken')).toHaveLength(1);

    const empty = await org.admin.post(url, { label: '  ' });
    expect(empty.json().errors).toEqual([{ field: 'label', message: 'Enter a label for the snapshot, like "Baseline, March 2027"' }]);
    const other = await signUpOrganisation(t.app, 'Other Trust');
    expect((await other.admin.get(url)).statusCode).toBe(404);
    expect((await other.admin.post(url, { label: 'Mine' })).statusCode).toBe(404);
    const staff = (await addMember(t.app, org, 'staff')).session;
    expect((await staff.post(url, { label: 'Mine' })).statusCode).toBe(403);
    expect((await staff.get(`${url}/${taken.json().id}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);

    // An archived strategy keeps its baselines, readable, and takes no new one.
    expect((await org.admin.post(`/api/v1/strategies/${strategy.id}/archive`, {})).statusCode).toBe(200);
    const archived = await org.admin.post(url, { label: 'Too late' });
    expect([archived.statusCode, archived.json().detail]).toEqual([409, 'This strategy is archived. Restore it before taking a new baseline.']);
    expect((await org.admin.get(url)).json()).toMatchObject({ snapshots: [{ label: 'Baseline' }], can: { create: false } });
  });
});
