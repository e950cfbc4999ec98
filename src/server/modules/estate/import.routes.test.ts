import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { writeXlsx } from '../../platform/files/testing-xlsx.js';
import { addSystem, auditOf, orgUrl } from './testing-estate.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const HEADER = ['Application', 'Vendor', 'Capability', 'Contract end date', 'Annual cost (£)', 'Status', 'Criticality', 'Patient data', 'RAG', 'Functional fit'];
const csvOf = (rows: (string | number)[][]) =>
  rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n');
const body = (bytes: Uint8Array | string, extra: Record<string, unknown> = {}) => ({
  fileName: 'register.csv',
  content: Buffer.from(bytes).toString('base64'),
  ...extra,
});

function registerRows(count: number) {
  return Array.from({ length: count }, (_, i) => [
    `System ${String(i + 1).padStart(3, '0')}`,
    `Supplier ${i % 7}`,
    ['Imaging', 'Pathology', 'EPR', 'Workforce'][i % 4]!,
    i % 2 ? `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2028` : `2029-0${(i % 9) + 1}-15`,
    `£${i + 1},500`,
    ['Live', 'Retire', 'Planned', 'Phasing out'][i % 4]!,
    ['Critical', 'High', 'Medium', 'Low'][i % 4]!,
    i % 3 ? 'Yes' : 'No',
    ['Red', 'Amber', 'Green', '4'][i % 4]!,
    String((i % 4) + 1),
  ]);
}

async function registerState(org: SignedUpOrg) {
  const list = (await org.admin.get(orgUrl(org, '/systems?retired=include&pageSize=200'))).json();
  return { total: list.total as number, systems: JSON.stringify(list.systems) };
}

describe('estate: register import', () => {
  it('previews the suggested mapping and imports a 200-row register exactly', async () => {
    const org = await signUpOrganisation(t.app);
    const rows = registerRows(200);
    const csv = csvOf([HEADER, ...rows]);
    const preview = await org.admin.post(orgUrl(org, '/systems/import/preview'), body(csv));
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    expect(p.columns.map((c: { header: string; field: string | null }) => c.field)).toEqual([
      'name', 'supplier', 'capability', 'contractEnd', 'annualCost', 'lifecycle', 'criticality', 'holdsPatientData', 'technicalFit', 'functionalFit',
    ]);
    expect(p).toMatchObject({ rowCount: 200, counts: { create: 200, update: 0, duplicate: 0 }, problems: [] });
    expect(p.rows).toHaveLength(20);
    expect(p.rows[1]).toMatchObject({ row: 3, action: 'create', values: { name: 'System 002', contractEnd: '2028-02-02', annualCost: 2500, lifecycle: 'end_of_life', criticality: 'high', holdsPatientData: true, technicalFit: 2, functionalFit: 2 } });
    expect((await registerState(org)).total).toBe(0);

    const done = await org.admin.post(orgUrl(org, '/systems/import'), body(csv));
    expect(done.statusCode, done.body).toBe(201);
    expect(done.json()).toEqual({ created: 200, updated: 0, duplicates: 0 });
    const list = (await org.admin.get(orgUrl(org, '/systems?retired=include&pageSize=200&sort=name'))).json();
    expect(list.total).toBe(200);
    rows.forEach((row, i) => {
      const saved = list.systems[i];
      expect(saved.name).toBe(row[0]);
      expect(saved.supplier).toBe(row[1]);
      expect(saved.annualCost).toBe((i + 1) * 1000 + 500);
    });
    expect(list.systems[3]).toMatchObject({ lifecycle: 'phase_out', criticality: 'low', technicalFit: 4, functionalFit: 4, time: 'invest', holdsPatientData: false });
    const [audit] = await auditOf(org, 'register.imported');
    expect(audit!.after).toMatchObject({ fileName: 'register.csv', rows: 200, created: 200, updated: 0, duplicates: 0 });
  });

  it('refuses a register with problems, naming each row and column, and changes nothing', async () => {
    const org = await signUpOrganisation(t.app);
    await addSystem(org, { name: 'Existing PAS', supplier: 'Old supplier' });
    const before = await registerState(org);
    const rows = registerRows(20);
    rows[12]![3] = '31/02/2027';
    rows[4]![4] = 'about ten grand';
    rows[7]![5] = 'Sometimes';
    rows[9]![0] = '';
    rows[10]![0] = 'System 001';
    rows[15]![0] = 'existing pas';
    const csv = csvOf([HEADER, ...rows]);
    const refused = await org.admin.post(orgUrl(org, '/systems/import'), body(csv, { mode: 'update_existing' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toBe('The register was not imported: there are 5 problems to fix. Nothing was changed.');
    expect(refused.json().errors.map((e: { message: string }) => e.message)).toEqual([
      "Row 6, Annual cost (£): 'about ten grand' is not an amount in pounds, like £12,500",
      "Row 9, Status: 'Sometimes' is not a lifecycle stage: use Plan, Phase in, Active, Phase out or End of life",
      'Row 11, Application: Enter the name of the system',
      'Row 12, Application: "System 001" is also on row 2; each system can appear once.',
      "Row 14, Contract end date: '31/02/2027' is not a real date",
    ]);
    expect(await registerState(org)).toEqual(before);
    expect(await auditOf(org, 'register.imported')).toEqual([]);
    // The preview reports the same problems.
    const preview = (await org.admin.post(orgUrl(org, '/systems/import/preview'), body(csv))).json();
    expect(preview.problems).toHaveLength(5);
    expect(preview.problems[4]).toEqual({ row: 14, column: 'Contract end date', message: "Row 14, Contract end date: '31/02/2027' is not a real date" });

    const garbage = await org.admin.post(orgUrl(org, '/systems/import'), body(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])));
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().detail).toMatch(/^The file could not be read: /);
    const noName = await org.admin.post(orgUrl(org, '/systems/import'), body('Vendor,Cost\nA,1\n'));
    expect(noName.json().errors.map((e: { message: string }) => e.message)).toEqual(['No column gives the system’s name: set one column to Name.']);
    expect(await registerState(org)).toEqual(before);
  });

  it('reports names already in the register as duplicates unless asked to update them', async () => {
    const org = await signUpOrganisation(t.app);
    const existing = await addSystem(org, { name: 'PACS', supplier: 'Old', notes: 'Keep me' });
    const csv = csvOf([['System name', 'Supplier', 'Contract end'], ['pacs', 'New imaging', '2028-03-31'], ['RIS', 'Imaging', '']]);
    const skipped = (await org.admin.post(orgUrl(org, '/systems/import'), body(csv))).json();
    expect(skipped).toEqual({ created: 1, updated: 0, duplicates: 1 });
    expect((await org.admin.get(orgUrl(org, `/systems/${existing.id}`))).json()).toMatchObject({ supplier: 'Old' });

    const csv2 = csvOf([['System name', 'Supplier', 'Contract end'], ['pacs', 'New imaging', '31/03/2028']]);
    const updated = (await org.admin.post(orgUrl(org, '/systems/import'), body(csv2, { mode: 'update_existing' }))).json();
    expect(updated).toEqual({ created: 0, updated: 1, duplicates: 0 });
    expect((await org.admin.get(orgUrl(org, `/systems/${existing.id}`))).json()).toMatchObject({ name: 'PACS', supplier: 'New imaging', contractEnd: '2028-03-31', notes: 'Keep me' });
  });

  it('imports XLSX and a chosen mapping, through the browser form too', async () => {
    const org = await signUpOrganisation(t.app);
    const xlsx = writeXlsx([['Name of thing', 'Who sells it', 'Users'], ['Theatre management', 'Theatre Co', 1200], ['Bed management', 'Flow Ltd', '3,400']]);
    const mapping = { 'Name of thing': 'name', 'Who sells it': 'supplier', Users: 'userCount' };
    const suggested = (await org.admin.post(orgUrl(org, '/systems/import/preview'), { ...body(xlsx), fileName: 'r.xlsx' })).json();
    expect(suggested.columns.map((c: { field: string | null }) => c.field)).toEqual([null, null, 'userCount']);

    const boundary = '----chorus-test';
    const parts = [
      `--${boundary}\r\nContent-Disposition: form-data; name="mode"\r\n\r\nskip_existing\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${JSON.stringify(mapping)}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="register.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ];
    const payload = Buffer.concat([Buffer.from(parts.join('')), Buffer.from(xlsx), Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const response = await t.app.inject({
      method: 'POST',
      url: orgUrl(org, '/systems/import'),
      headers: { cookie: org.admin.cookie, 'x-csrf-token': org.admin.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ created: 2, updated: 0, duplicates: 0 });
    const list = (await org.admin.get(orgUrl(org, '/systems'))).json();
    expect(list.systems.map((s: { name: string; supplier: string; userCount: number }) => [s.name, s.supplier, s.userCount])).toEqual([
      ['Bed management', 'Flow Ltd', 3400],
      ['Theatre management', 'Theatre Co', 1200],
    ]);
    expect((await auditOf(org, 'register.imported'))[0]!.after).toMatchObject({ fileName: 'register.xlsx', created: 2 });
  });

  it('is refused to staff, outsiders and anonymous callers', async () => {
    const org = await signUpOrganisation(t.app);
    const other = await signUpOrganisation(t.app, 'Other Trust');
    const staff = (await addMember(t.app, org, 'staff')).session;
    const csv = csvOf([['Name'], ['EPR']]);
    expect((await staff.post(orgUrl(org, '/systems/import'), body(csv))).statusCode).toBe(403);
    expect((await other.admin.post(orgUrl(org, '/systems/import/preview'), body(csv))).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: orgUrl(org, '/systems/import'), payload: body(csv) })).statusCode).toBe(401);
    expect((await registerState(org)).total).toBe(0);
  });
});
