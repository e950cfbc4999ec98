import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { systemUnits } from './tables.js';
import { addSystem, orgUrl } from './testing-estate.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const csvOf = (rows: string[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
const body = (text: string | Uint8Array, extra: Record<string, unknown> = {}) => ({ fileName: 'register.csv', content: Buffer.from(text).toString('base64'), ...extra });

/** Units in order; a department names its division, added before it. */
async function addUnits(org: SignedUpOrg, units: [kind: string, name: string, division?: string][]) {
  const ids: Record<string, string> = {};
  for (const [kind, name, division] of units) {
    const created = await org.admin.post(orgUrl(org, '/workforce/units'), { kind, name, ...(division ? { parentId: ids[division] } : {}) });
    expect(created.statusCode, created.body).toBe(201);
    ids[name] = created.json().id;
  }
  return ids;
}

type View = { name: string; units: { name: string; kind: string }[]; replacedBy: { name: string } | null };
async function unitsAndReplacements(org: SignedUpOrg) {
  const list = (await org.admin.get(orgUrl(org, '/systems?retired=include&pageSize=200&sort=name'))).json();
  return (list.systems as View[]).map((s) => ({ name: s.name, units: s.units.map((u) => `${u.kind}: ${u.name}`).sort(), replacedBy: s.replacedBy?.name ?? null }));
}
/** Everything a refused import could have touched: the systems as listed, and the unit links of every organisation. */
async function snapshot(org: SignedUpOrg) {
  const list = (await org.admin.get(orgUrl(org, '/systems?retired=include&pageSize=200'))).json();
  return { systems: JSON.stringify(list.systems), links: (await t.ctx.db.select().from(systemUnits)).length };
}

const UNITS: [string, string][] = [
  ['division', 'Radiotherapy Division'],
  ['division', 'Cancer Services'],
  ['site', 'Velindre Hospital'],
];

describe('estate: register import of divisions, sites and replacements', () => {
  it('reads back what the export wrote: the same divisions, sites and replacements', async () => {
    const source = await signUpOrganisation(t.app);
    const ids = await addUnits(source, UNITS);
    const mosaiq = await addSystem(source, { name: 'Mosaiq', unitIds: [ids['Radiotherapy Division']] });
    await addSystem(source, { name: 'Aria', unitIds: [ids['Radiotherapy Division'], ids['Velindre Hospital']], replacedById: mosaiq.id });
    await addSystem(source, { name: 'Old PAS', unitIds: [ids['Cancer Services']] });
    const csv = await source.admin.get(orgUrl(source, '/systems/export.csv'));
    expect(csv.body).toContain('Radiotherapy Division; Velindre Hospital');

    const copy = await signUpOrganisation(t.app, 'Copy Trust');
    // The names differ in case only: they are matched without it.
    await addUnits(copy, [['division', 'radiotherapy division'], ['division', 'Cancer services'], ['site', 'Velindre Hospital'], ['department', 'Physics', 'radiotherapy division']]);
    const preview = (await copy.admin.post(orgUrl(copy, '/systems/import/preview'), body(csv.rawPayload))).json();
    const fields = Object.fromEntries(preview.columns.map((c: { header: string; field: string | null }) => [c.header, c.field]));
    expect(fields).toMatchObject({ 'Divisions and sites': 'units', 'Replaced by': 'replacedBy' });
    expect(preview.problems).toEqual([]);
    const imported = await copy.admin.post(orgUrl(copy, '/systems/import'), body(csv.rawPayload));
    expect(imported.statusCode, imported.body).toBe(201);
    expect(await unitsAndReplacements(copy)).toEqual([
      { name: 'Aria', units: ['division: radiotherapy division', 'site: Velindre Hospital'], replacedBy: 'Mosaiq' },
      { name: 'Mosaiq', units: ['division: radiotherapy division'], replacedBy: null },
      { name: 'Old PAS', units: ['division: Cancer services'], replacedBy: null },
    ]);
  });

  it('lets rows of one file name each other, reads synonyms and commas, and uses only this organisation’s units', async () => {
    const org = await signUpOrganisation(t.app);
    await addUnits(org, UNITS);
    const csv = csvOf([
      ['System', 'Used by', 'Replacement'],
      ['Old PAS', 'Cancer Services, velindre hospital', 'new pas'],
      ['New PAS', '', ''],
    ]);
    expect((await org.admin.post(orgUrl(org, '/systems/import'), body(csv))).statusCode).toBe(201);
    expect(await unitsAndReplacements(org)).toEqual([
      { name: 'New PAS', units: [], replacedBy: null },
      { name: 'Old PAS', units: ['division: Cancer Services', 'site: Velindre Hospital'], replacedBy: 'New PAS' },
    ]);

    const other = await signUpOrganisation(t.app, 'Other Trust');
    await addUnits(other, [['division', 'Surgery']]);
    const theirs = await org.admin.post(orgUrl(org, '/systems/import'), body(csvOf([['Name', 'Division'], ['Theatres', 'Surgery']])));
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().errors.map((e: { message: string }) => e.message)).toEqual(["Row 2, Division: 'Surgery' is not a division or site of this organisation"]);
  });

  it('refuses unknown divisions and replacements, row by row, and changes nothing', async () => {
    const org = await signUpOrganisation(t.app);
    await addUnits(org, [...UNITS, ['department', 'Physics', 'Radiotherapy Division']]);
    await addSystem(org, { name: 'Existing PAS' });
    const before = await snapshot(org);
    const csv = csvOf([
      ['Name', 'Divisions and sites', 'Replaced by'],
      ['Good', 'Cancer Services', 'Existing PAS'],
      ['Typo', 'Radiotherapy Divison; Velindre Hospital', ''],
      ['Department', 'Physics', ''],
      ['Self', '', 'self'],
      ['Nowhere', '', 'Mosaic'],
    ]);
    const refused = await org.admin.post(orgUrl(org, '/systems/import'), body(csv, { mode: 'update_existing' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toBe('The register was not imported: there are 4 problems to fix. Nothing was changed.');
    expect(refused.json().errors.map((e: { message: string }) => e.message)).toEqual([
      "Row 3, Divisions and sites: 'Radiotherapy Divison' is not a division or site of this organisation: did you mean 'Radiotherapy Division'?",
      "Row 4, Divisions and sites: 'Physics' is not a division or site of this organisation",
      "Row 5, Replaced by: a system cannot replace itself ('self')",
      "Row 6, Replaced by: 'Mosaic' is not a system in the register or in this file",
    ]);
    expect(await snapshot(org)).toEqual(before);
    const preview = (await org.admin.post(orgUrl(org, '/systems/import/preview'), body(csv))).json();
    expect(preview.problems[0]).toMatchObject({ row: 3, column: 'Divisions and sites' });
  });

  it('replaces the units and replacement of existing systems when asked to update them, and keeps them when the file has no such column', async () => {
    const org = await signUpOrganisation(t.app);
    const ids = await addUnits(org, UNITS);
    const epr = await addSystem(org, { name: 'EPR' });
    await addSystem(org, { name: 'PACS', unitIds: [ids['Cancer Services'], ids['Velindre Hospital']], replacedById: epr.id });

    const noColumns = await org.admin.post(orgUrl(org, '/systems/import'), body(csvOf([['Name', 'Supplier'], ['pacs', 'Imaging Ltd']]), { mode: 'update_existing' }));
    expect(noColumns.json()).toEqual({ created: 0, updated: 1, duplicates: 0 });
    expect((await unitsAndReplacements(org))[1]).toEqual({ name: 'PACS', units: ['division: Cancer Services', 'site: Velindre Hospital'], replacedBy: 'EPR' });

    // Skipping existing systems leaves their units alone too.
    const skip = csvOf([['Name', 'Divisions and sites', 'Replaced by'], ['PACS', 'Radiotherapy Division', '']]);
    expect((await org.admin.post(orgUrl(org, '/systems/import'), body(skip))).json()).toEqual({ created: 0, updated: 0, duplicates: 1 });
    expect((await unitsAndReplacements(org))[1]!.units).toHaveLength(2);

    const update = csvOf([['Name', 'Divisions and sites', 'Replaced by'], ['PACS', 'Radiotherapy Division', 'New PACS'], ['New PACS', '', ''], ['EPR', '', '']]);
    expect((await org.admin.post(orgUrl(org, '/systems/import'), body(update, { mode: 'update_existing' }))).json()).toEqual({ created: 1, updated: 2, duplicates: 0 });
    expect(await unitsAndReplacements(org)).toEqual([
      { name: 'EPR', units: [], replacedBy: null },
      { name: 'New PACS', units: [], replacedBy: null },
      { name: 'PACS', units: ['division: Radiotherapy Division'], replacedBy: 'New PACS' },
    ]);
  });
});
