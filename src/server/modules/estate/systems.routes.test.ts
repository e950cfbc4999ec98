import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { systemOptions } from './queries.js';
import { addSystem, auditOf, orgUrl } from './testing-estate.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('estate: the systems register', () => {
  it('creates, reads, edits, retires and reinstates a system, auditing each change', async () => {
    const org = await signUpOrganisation(t.app);
    const division = (await org.admin.post(orgUrl(org, '/workforce/units'), { kind: 'division', name: 'Cancer Services' })).json();
    const created = await org.admin.post(orgUrl(org, '/systems'), {
      name: '  Aria Oncology  ',
      supplier: 'Radiotherapy Co',
      capability: 'Radiotherapy',
      lifecycle: 'active',
      criticality: 'critical',
      holdsPatientData: true,
      hosting: 'on_premises',
      contractStart: '2022-04-01',
      contractEnd: '2027-03-31',
      annualCost: 250000,
      technicalFit: 2,
      functionalFit: 4,
      unitIds: [division.id],
      tags: ['radiotherapy', 'radiotherapy'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const system = created.json();
    expect(system).toMatchObject({ name: 'Aria Oncology', time: 'migrate', tags: ['radiotherapy'], units: [{ id: division.id, kind: 'division' }], retiredAt: null });

    const edited = await org.admin.patch(orgUrl(org, `/systems/${system.id}`), { functionalFit: 1, notes: 'Double entry with the EPR' });
    // Fields the edit did not mention, divisions and tags included, stay as they were.
    expect(edited.json()).toMatchObject({ time: 'eliminate', notes: 'Double entry with the EPR', contractEnd: '2027-03-31', tags: ['radiotherapy'], units: [{ id: division.id }] });
    const [update] = await auditOf(org, 'system.updated');
    expect(update).toMatchObject({ subjectId: system.id, before: { functionalFit: 4, notesLength: 0 }, after: { functionalFit: 1, notesLength: 25 } });

    expect((await org.admin.post(orgUrl(org, `/systems/${system.id}/retire`))).json().retiredAt).not.toBeNull();
    const again = await org.admin.post(orgUrl(org, `/systems/${system.id}/retire`));
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Aria Oncology is already retired.');
    expect((await org.admin.get(orgUrl(org, '/systems'))).json().total).toBe(0);
    expect(await systemOptions(t.ctx.db, org.organisationId)).toEqual([]);
    expect((await org.admin.get(orgUrl(org, '/systems?retired=only'))).json().systems.map((s: { name: string }) => s.name)).toEqual(['Aria Oncology']);
    expect((await org.admin.post(orgUrl(org, `/systems/${system.id}/reinstate`))).json().retiredAt).toBeNull();
    expect(await systemOptions(t.ctx.db, org.organisationId)).toEqual([{ id: system.id, name: 'Aria Oncology', capability: 'Radiotherapy' }]);
    expect((await auditOf(org, 'system.created'))[0]!.after).toMatchObject({ name: 'Aria Oncology', unitIds: [division.id] });
    expect(await auditOf(org, 'system.retired')).toHaveLength(1);
    expect(await auditOf(org, 'system.reinstated')).toHaveLength(1);
  });

  it('refuses bad input with specific messages and saves nothing', async () => {
    const org = await signUpOrganisation(t.app);
    const bad = await org.admin.post(orgUrl(org, '/systems'), {
      name: '',
      lifecycle: 'active',
      criticality: 'urgent',
      holdsPatientData: false,
      technicalFit: 5,
      contractStart: '2027-01-01',
      contractEnd: '2027-02-30',
    });
    expect(bad.statusCode).toBe(400);
    const messages = bad.json().errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'name: Enter the name of the system',
        'criticality: Choose a business criticality',
        'technicalFit: Technical fit must be from 1 to 4',
        'contractEnd: Contract end must be a real date, like 2027-03-31',
      ]),
    );
    const reversed = await org.admin.post(orgUrl(org, '/systems'), { name: 'X', lifecycle: 'active', criticality: 'low', holdsPatientData: false, contractStart: '2027-01-02', contractEnd: '2027-01-01' });
    expect(reversed.json().errors).toEqual([{ field: 'contractEnd', message: 'Contract end must be on or after contract start' }]);
    // Against the stored start date, too.
    const stored = await addSystem(org, { name: 'PACS', contractStart: '2025-01-01' });
    const early = await org.admin.patch(orgUrl(org, `/systems/${stored.id}`), { contractEnd: '2024-12-31' });
    expect(early.json().errors).toEqual([{ field: 'contractEnd', message: 'Contract end must be on or after contract start' }]);

    const duplicate = await org.admin.post(orgUrl(org, '/systems'), { name: 'pacs', lifecycle: 'active', criticality: 'low', holdsPatientData: false });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().detail).toBe('There is already a system called "pacs" in the register. Choose a different name, or edit that system.');
    const self = await org.admin.patch(orgUrl(org, `/systems/${stored.id}`), { replacedById: stored.id });
    expect(self.json().errors).toEqual([{ field: 'replacedById', message: 'A system cannot replace itself' }]);
    expect((await org.admin.get(orgUrl(org, '/systems'))).json().total).toBe(1);
  });

  it('refuses units, replacements and systems of another organisation', async () => {
    const org = await signUpOrganisation(t.app);
    const other = await signUpOrganisation(t.app, 'Other Trust');
    const theirs = await addSystem(other, { name: 'Their EPR' });
    const theirDivision = (await other.admin.post(orgUrl(other, '/workforce/units'), { kind: 'division', name: 'Surgery' })).json();
    const withUnit = await org.admin.post(orgUrl(org, '/systems'), { name: 'A', lifecycle: 'active', criticality: 'low', holdsPatientData: false, unitIds: [theirDivision.id] });
    expect(withUnit.json().errors).toEqual([{ field: 'unitIds', message: 'Choose divisions and sites of this organisation' }]);
    const withReplacement = await org.admin.post(orgUrl(org, '/systems'), { name: 'B', lifecycle: 'active', criticality: 'low', holdsPatientData: false, replacedById: theirs.id });
    expect(withReplacement.json().errors).toEqual([{ field: 'replacedById', message: 'Choose a replacement system from this register' }]);
    expect((await org.admin.get(orgUrl(org, `/systems/${theirs.id}`))).statusCode).toBe(404);
    expect((await org.admin.patch(orgUrl(org, `/systems/${theirs.id}`), { name: 'Mine now' })).statusCode).toBe(404);
    expect((await other.admin.get(orgUrl(org, '/systems'))).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: orgUrl(org, '/systems') })).statusCode).toBe(401);
  });

  it('lets every member read but only admins and the strategy team write', async () => {
    const org = await signUpOrganisation(t.app);
    const staff = (await addMember(t.app, org, 'staff')).session;
    const team = (await addMember(t.app, org, 'strategy_team')).session;
    const system = await addSystem(org, { name: 'EPR' }, team);
    const list = await staff.get(orgUrl(org, '/systems'));
    expect(list.json()).toMatchObject({ total: 1, can: { manage: false } });
    const refused = await staff.post(orgUrl(org, '/systems'), { name: 'Mine', lifecycle: 'active', criticality: 'low', holdsPatientData: false });
    expect(refused.statusCode).toBe(403);
    expect((await staff.patch(orgUrl(org, `/systems/${system.id}`), { name: 'X' })).statusCode).toBe(403);
    expect((await staff.post(orgUrl(org, `/systems/${system.id}/retire`))).statusCode).toBe(403);
    expect((await team.get(orgUrl(org, '/systems'))).json().can).toEqual({ manage: true });
  });

  it('filters, sorts and pages in SQL, with the total of all matches', async () => {
    const org = await signUpOrganisation(t.app);
    const division = (await org.admin.post(orgUrl(org, '/workforce/units'), { kind: 'division', name: 'Radiology' })).json();
    await addSystem(org, { name: 'PACS', supplier: 'Imaging Ltd', capability: 'Imaging', technicalFit: 4, functionalFit: 4, annualCost: 300, unitIds: [division.id], tags: ['imaging'] });
    await addSystem(org, { name: 'RIS', supplier: 'Imaging Ltd', capability: 'imaging', technicalFit: 1, functionalFit: 2, annualCost: 100, criticality: 'high' });
    await addSystem(org, { name: 'Dictation 50%_off', product: 'VoiceWrite', technicalFit: 4, functionalFit: 1, lifecycle: 'phase_out', hosting: 'saas' });
    await addSystem(org, { name: 'E-rostering', technicalFit: 2, functionalFit: 3, contractEnd: '2026-01-01' });
    await addSystem(org, { name: 'Unrated' });
    const names = async (query: string) =>
      (await org.admin.get(orgUrl(org, `/systems?${query}`))).json().systems.map((s: { name: string }) => s.name);
    expect(await names('q=imaging')).toEqual(['PACS', 'RIS']);
    expect(await names('q=voicewrite')).toEqual(['Dictation 50%_off']);
    expect(await names('q=50%25_')).toEqual(['Dictation 50%_off']);
    expect(await names('q=%25')).toEqual(['Dictation 50%_off']);
    expect(await names('capability=IMAGING')).toEqual(['PACS', 'RIS']);
    expect(await names('time=invest')).toEqual(['PACS']);
    expect(await names('time=tolerate')).toEqual(['Dictation 50%_off']);
    expect(await names('time=migrate')).toEqual(['E-rostering']);
    expect(await names('time=eliminate')).toEqual(['RIS']);
    expect(await names('lifecycle=phase_out')).toEqual(['Dictation 50%_off']);
    expect(await names('criticality=high')).toEqual(['RIS']);
    expect(await names('hosting=saas')).toEqual(['Dictation 50%_off']);
    expect(await names(`division=${division.id}`)).toEqual(['PACS']);
    expect(await names('tag=imaging')).toEqual(['PACS']);
    expect(await names('sort=annualCost&direction=desc')).toEqual(['PACS', 'RIS', 'Dictation 50%_off', 'E-rostering', 'Unrated']);
    expect(await names('sort=time')).toEqual(['PACS', 'Dictation 50%_off', 'E-rostering', 'RIS', 'Unrated']);
    expect(await names('sort=criticality&direction=desc')).toEqual(['RIS', 'Dictation 50%_off', 'E-rostering', 'PACS', 'Unrated']);
    const page = (await org.admin.get(orgUrl(org, '/systems?pageSize=2&page=2'))).json();
    expect(page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.systems.map((s: { name: string }) => s.name)).toEqual(['PACS', 'RIS']);
    expect((await org.admin.get(orgUrl(org, '/systems?page=9'))).json()).toMatchObject({ total: 5, page: 9, systems: [] });
    expect((await org.admin.get(orgUrl(org, '/systems?q=nothing-like-this'))).json()).toMatchObject({ total: 0, systems: [] });
    const badQuery = await org.admin.get(orgUrl(org, '/systems?time=keep'));
    expect(badQuery.statusCode).toBe(400);
  });

  it('exports the register as CSV with formula-like cells neutralised', async () => {
    const org = await signUpOrganisation(t.app);
    await addSystem(org, { name: '=HYPERLINK("http://x")', supplier: '+44 Ltd', annualCost: 1200, holdsPatientData: true, technicalFit: 3, functionalFit: 3 });
    const response = await org.admin.get(orgUrl(org, '/systems/export.csv'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Name,Supplier,Product,Capability/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")",'+44 Ltd`);
    expect(lines[1]).toContain('1200,Active,Medium,Yes,3,3,Invest');
    expect((await t.app.inject({ method: 'GET', url: orgUrl(org, '/systems/export.csv') })).statusCode).toBe(401);
  });
});
