import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naughtyStrings } from '../../testing/test-data.js';
import { hasControlCharacters } from '../../../shared/contracts/workforce.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { nameKey } from './import/names.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const url = (org: SignedUpOrg, p = '') => `/api/v1/orgs/${org.organisationId}/workforce${p}`;
const read = async (org: SignedUpOrg) => (await org.admin.get(url(org))).json();
const preview = (org: SignedUpOrg, csv: string) => org.admin.post(url(org, '/imports/preview'), { csv });
const commit = (org: SignedUpOrg, csv: string) => org.admin.post(url(org, '/imports'), { csv });
/** Writes one CSV field the way a spreadsheet does: always quoted, quotes doubled. */
const field = (value: string) => `"${value.replace(/"/g, '""')}"`;

const GOOD = [
  'Division,Staff group,Site (optional),Headcount',
  'Radiotherapy & Imaging,Allied Health Professionals,,210',
  'Radiotherapy & Imaging,Healthcare Scientists,,60',
  'Chemotherapy,Nursing and Midwifery Registered,Main Hospital,150',
  'Chemotherapy,Nursing and Midwifery Registered,Riverside Day Unit,60',
  'Corporate Services,Admin & Clerical,,"1,210"',
].join('\n');

describe('importing headcounts from CSV', () => {
  it('previews without changing anything, then imports, creating the divisions and sites it names', async () => {
    const org = await signUpOrganisation(t.app);
    const dryRun = await preview(org, GOOD);
    expect(dryRun.statusCode, dryRun.body).toBe(200);
    expect(dryRun.json()).toMatchObject({
      delimiter: ',',
      problems: [],
      newDivisions: ['Radiotherapy & Imaging', 'Chemotherapy', 'Corporate Services'],
      newSites: ['Main Hospital', 'Riverside Day Unit'],
      summary: { created: 5, updated: 0, unchanged: 0, removed: 0, totalHeadcount: 1690 },
    });
    expect((await read(org)).divisions).toEqual([]);

    const done = await commit(org, GOOD);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().summary).toMatchObject({ created: 5, totalHeadcount: 1690 });
    const workforce = await read(org);
    expect(workforce.divisions.map((d: { name: string }) => d.name)).toEqual(['Chemotherapy', 'Corporate Services', 'Radiotherapy & Imaging']);
    expect(workforce.headcounts.totals.overall).toBe(1690);
    const main = workforce.sites.find((s: { name: string }) => s.name === 'Main Hospital');
    expect(workforce.headcounts.totals.bySite[main.id]).toBe(150);
    const audit = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?action=headcounts.imported`)).json();
    expect(audit.events[0].after).toMatchObject({ rows: 5, created: 5, newSites: ['Main Hospital', 'Riverside Day Unit'] });

    // Importing again changes what differs, and a whole-division figure replaces per-site ones.
    const again = [GOOD.split('\n')[0], 'radiotherapy and imaging,AHP,,215', 'Chemotherapy,Nursing and Midwifery Registered,,210'].join('\n');
    const second = (await preview(org, again)).json();
    expect(second.rows.map((r: { outcome: string; before: number | null }) => [r.outcome, r.before])).toEqual([['update', 210], ['create', null]]);
    expect(second.removed).toEqual([
      { division: 'Chemotherapy', staffGroup: 'Nursing and Midwifery Registered', site: 'Main Hospital', headcount: 150 },
      { division: 'Chemotherapy', staffGroup: 'Nursing and Midwifery Registered', site: 'Riverside Day Unit', headcount: 60 },
    ]);
    expect((await commit(org, again)).statusCode).toBe(200);
    expect((await read(org)).headcounts.totals.overall).toBe(1695);
  });

  it('imports nothing when one row has a problem, and says which row and why', async () => {
    const org = await signUpOrganisation(t.app);
    expect((await commit(org, GOOD)).statusCode).toBe(200);
    const lines = GOOD.replace('210', '999').split('\n');
    lines.splice(3, 0, 'New Division,Nurses,,12', 'Chemotherapy,Students,,twelve');
    const bad = lines.join('\n');
    const dryRun = (await preview(org, bad)).json();
    expect(dryRun.problems).toEqual([
      { row: 4, column: 'staffGroup', message: expect.stringMatching(/^Row 4: staff group "Nurses" is not one of this organisation's staff groups \(Add Prof Scientific and Technic, .*Students\)\./) },
      { row: 5, column: 'headcount', message: 'Row 5: headcount "twelve" is not a whole number' },
    ]);
    const refused = await commit(org, bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'import_has_problems', detail: 'The file has 2 problems. Nothing was imported: correct the file and import it again.' });
    expect(refused.json().errors[1]).toEqual({ field: 'csv.row5.headcount', message: 'Row 5: headcount "twelve" is not a whole number' });
    const after = await read(org);
    expect(after.headcounts.totals.overall).toBe(1690);
    expect(after.divisions.map((d: { name: string }) => d.name)).not.toContain('New Division');
  });

  it('reads UTF-8 with a byte order mark, semicolons and CRLF line ends', async () => {
    const org = await signUpOrganisation(t.app);
    const csvOk = '\uFEFFDivision;Staff group;Headcount\r\n"Surgery; Critical Care";Medical and Dental;55\r\n"Surgery; Critical Care";Students;6\r\n;;\r\n';
    const dryRun = (await preview(org, csvOk)).json();
    expect(dryRun).toMatchObject({ delimiter: ';', problems: [], newDivisions: ['Surgery; Critical Care'], summary: { created: 2 } });
    expect((await commit(org, csvOk)).statusCode).toBe(200);
    const workforce = await read(org);
    expect(workforce.divisions.map((d: { name: string }) => d.name)).toEqual(['Surgery; Critical Care']);
    expect(workforce.headcounts.totals.overall).toBe(61);
  });

  it('explains an empty file and a file with only a header', async () => {
    const org = await signUpOrganisation(t.app);
    for (const [csv, message] of [
      ['', /^The file is empty\. The first row must name the columns/],
      ['\uFEFF\r\n', /^The file is empty\./],
      ['Division,Staff group,Headcount\r\n', /^The file has column names but no rows of headcounts below them\.$/],
      ['Staff group,Count\nStudents,3', /^The file has no division column\./],
    ] as const) {
      const dryRun = (await preview(org, csv)).json();
      expect(dryRun.problems, JSON.stringify(csv)).toEqual([expect.objectContaining({ message: expect.stringMatching(message) })]);
      const refused = await commit(org, csv);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].message).toMatch(message);
    }
    expect((await org.admin.post(url(org, '/imports'), {})).json().errors).toEqual([{ field: 'csv', message: 'Choose a CSV file to import' }]);
    expect((await read(org)).divisions).toEqual([]);
  });

  it('writes a file of more than a thousand rows (more than one batch)', async () => {
    const org = await signUpOrganisation(t.app);
    const { staffGroups } = await read(org);
    const lines = ['Division,Staff group,Site,Headcount'];
    for (let d = 1; d <= 6; d += 1) for (let s = 1; s <= 21; s += 1) for (const g of staffGroups) lines.push(`Division ${d},${g.name},Site ${s},${d + s}`);
    expect(lines.length).toBeGreaterThan(1100);
    const done = await commit(org, lines.join('\n'));
    expect(done.statusCode, done.body.slice(0, 500)).toBe(200);
    expect(done.json().summary.created).toBe(lines.length - 1);
    const workforce = await read(org);
    expect(workforce.headcounts.cells).toHaveLength(lines.length - 1);
    expect(workforce.sites).toHaveLength(21);
  });

  it('keeps nasty strings as division names exactly as written (inline list)', async () => {
    const org = await signUpOrganisation(t.app);
    const nasty = [
      '<script>alert("x")</script>',
      "'; DROP TABLE org_units; --",
      '=SUM(A1:A9)',
      '{{7*7}} ${7*7} %s %n',
      'Ῥόδος — مستشفى — 病院',
      '👩🏽‍⚕️ Nursing',
      'Zero\u200Bwidth',
      '../../etc/passwd',
      'NULL',
    ];
    const csv = ['Division,Staff group,Headcount', ...nasty.map((name) => `${field(name)},Students,1`)].join('\r\n');
    const done = await commit(org, csv);
    expect(done.statusCode, done.body).toBe(200);
    const names = (await read(org)).divisions.map((d: { name: string }) => d.name);
    expect([...names].sort()).toEqual([...nasty].sort());
  });

  it('keeps the Big List of Naughty Strings as division names', async () => {
    const { strings } = naughtyStrings();
    expect(strings.length).toBeGreaterThan(400);
    const usable = new Map<string, string>();
    let unusable = 0;
    for (const raw of strings) {
      const name = raw.trim();
      if (name === '' || name.length > 120 || hasControlCharacters(name)) unusable += 1;
      else if (!usable.has(nameKey(name))) usable.set(nameKey(name), name);
    }
    const org = await signUpOrganisation(t.app);
    const all = ['Division,Staff group,Headcount', ...strings.map((s) => `${field(s)},Students,1`)].join('\n');
    const dryRun = (await preview(org, all)).json();
    const rowProblems = dryRun.problems.filter((p: { column: string }) => p.column === 'division');
    expect(rowProblems.length).toBe(unusable);

    const good = ['Division,Staff group,Headcount', ...[...usable.values()].map((s) => `${field(s)},Students,1`)].join('\n');
    const done = await commit(org, good);
    expect(done.statusCode, done.body.slice(0, 500)).toBe(200);
    const names = (await read(org)).divisions.map((d: { name: string }) => d.name);
    expect([...names].sort()).toEqual([...usable.values()].sort());
  });
});
