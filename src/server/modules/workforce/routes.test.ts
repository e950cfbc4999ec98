import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESR_STAFF_GROUPS } from '../../../shared/contracts/workforce.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const url = (org: SignedUpOrg, path = '') => `/api/v1/orgs/${org.organisationId}/workforce${path}`;
const read = async (org: SignedUpOrg) => (await org.admin.get(url(org))).json();
async function addUnit(org: SignedUpOrg, kind: string, name: string, parentId?: string) {
  const response = await org.admin.post(url(org, '/units'), { kind, name, ...(parentId ? { parentId } : {}) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; name: string };
}

describe('workforce: units', () => {
  it('starts with the nine ESR staff groups, added once and audited', async () => {
    const org = await signUpOrganisation(t.app);
    const first = await read(org);
    expect(first.staffGroups.map((g: { name: string }) => g.name)).toEqual([...ESR_STAFF_GROUPS]);
    expect(first).toMatchObject({ divisions: [], sites: [], headcounts: { cells: [], totals: { overall: 0 } }, can: { manage: true } });
    await read(org);
    const audit = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?action=staff_groups.defaults_added`)).json();
    expect(audit.events).toHaveLength(1);
    expect(audit.events[0]).toMatchObject({ actorName: 'Chorus', after: { staffGroups: [...ESR_STAFF_GROUPS] } });
  });

  it('does not add the defaults back once an organisation has deleted them', async () => {
    const org = await signUpOrganisation(t.app);
    for (const group of (await read(org)).staffGroups) {
      expect((await org.admin.delete(url(org, `/staff-groups/${group.id}`))).statusCode).toBe(200);
    }
    expect((await read(org)).staffGroups).toEqual([]);
  });

  it('creates divisions with departments and sites, renames and moves them', async () => {
    const org = await signUpOrganisation(t.app);
    const surgery = await addUnit(org, 'division', 'Surgery');
    const imaging = await addUnit(org, 'division', 'Imaging');
    const theatres = await addUnit(org, 'department', 'Theatres', surgery.id);
    await addUnit(org, 'site', 'Main Hospital');
    // The same department name may appear in two divisions, but not twice in one.
    await addUnit(org, 'department', 'Outpatients', surgery.id);
    await addUnit(org, 'department', 'Outpatients', imaging.id);
    const twice = await org.admin.post(url(org, '/units'), { kind: 'department', name: 'OUTPATIENTS', parentId: surgery.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors).toEqual([{ field: 'name', message: 'There is already a department called "OUTPATIENTS" in that division. Choose a different name.' }]);

    const renamed = await org.admin.patch(url(org, `/units/${surgery.id}`), { name: 'Surgery & Critical Care' });
    expect(renamed.json()).toMatchObject({ name: 'Surgery & Critical Care', kind: 'division' });
    expect((await org.admin.patch(url(org, `/units/${theatres.id}`), { parentId: imaging.id })).json().parentId).toBe(imaging.id);
    const workforce = await read(org);
    expect(workforce.divisions.map((d: { name: string; departments: { name: string }[] }) => [d.name, d.departments.map((x) => x.name)])).toEqual([
      ['Imaging', ['Outpatients', 'Theatres']],
      ['Surgery & Critical Care', ['Outpatients']],
    ]);
    expect(workforce.sites.map((s: { name: string }) => s.name)).toEqual(['Main Hospital']);
  });

  it('explains what is wrong with a unit, in plain English', async () => {
    const org = await signUpOrganisation(t.app);
    const other = await signUpOrganisation(t.app);
    const site = await addUnit(org, 'site', 'Main Hospital');
    const foreignDivision = await addUnit(other, 'division', 'Theirs');
    const cases: [unknown, string, string][] = [
      [{ kind: 'division', name: '  ' }, 'name', 'Enter a name'],
      [{ kind: 'ward', name: 'Ward 4' }, 'kind', 'Kind must be one of division, department or site'],
      [{ kind: 'department', name: 'Theatres' }, 'parentId', 'Choose the division this department belongs to'],
      [{ kind: 'department', name: 'Theatres', parentId: site.id }, 'parentId', "Choose one of this organisation's divisions for the department"],
      [{ kind: 'department', name: 'Theatres', parentId: foreignDivision.id }, 'parentId', "Choose one of this organisation's divisions for the department"],
      [{ kind: 'site', name: 'Annexe', parentId: site.id }, 'parentId', 'Only a department belongs to a division; leave the division empty for a division or a site'],
      [{ kind: 'site', name: 'Line\nbreak' }, 'name', 'Name must not contain tabs, line breaks or other control characters'],
      [{ kind: 'site', name: 'x'.repeat(121) }, 'name', 'A name must be 120 characters or fewer'],
    ];
    for (const [body, field, message] of cases) {
      const response = await org.admin.post(url(org, '/units'), body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors, JSON.stringify(body)).toContainEqual({ field, message });
    }
    expect((await org.admin.post(url(org, '/units'), { kind: 'site', name: 'main hospital' })).statusCode).toBe(409);
  });

  it('refuses to delete a unit that has departments or headcounts until the deletion is confirmed', async () => {
    const org = await signUpOrganisation(t.app);
    const surgery = await addUnit(org, 'division', 'Surgery');
    await addUnit(org, 'department', 'Theatres', surgery.id);
    const site = await addUnit(org, 'site', 'Main Hospital');
    const groups = (await read(org)).staffGroups;
    await org.admin.put(url(org, '/headcounts'), { cells: [
      { divisionId: surgery.id, staffGroupId: groups[0].id, siteId: site.id, headcount: 40 },
      { divisionId: surgery.id, staffGroupId: groups[1].id, siteId: site.id, headcount: 2 },
    ] });
    const refused = await org.admin.delete(url(org, `/units/${surgery.id}`));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('Surgery has 1 department and 2 headcount figures (42 people). Deleting it deletes them too. Confirm to delete them all.');
    const siteRefused = await org.admin.delete(url(org, `/units/${site.id}`));
    expect(siteRefused.json().detail).toBe('Main Hospital has 2 headcount figures (42 people). Deleting it deletes them too. Confirm to delete them all.');
    expect((await read(org)).headcounts.totals.overall).toBe(42);

    expect((await org.admin.delete(url(org, `/units/${surgery.id}?force=true`))).statusCode).toBe(200);
    const after = await read(org);
    expect(after.divisions).toEqual([]);
    expect(after.headcounts).toMatchObject({ cells: [], totals: { overall: 0 } });
    expect((await org.admin.delete(url(org, `/units/${site.id}`))).statusCode).toBe(200);
    expect((await org.admin.delete(url(org, `/units/${site.id}`))).statusCode).toBe(404);
  });
});

describe('workforce: staff groups', () => {
  it('adds, renames, reorders and deletes staff groups', async () => {
    const org = await signUpOrganisation(t.app);
    const bank = await org.admin.post(url(org, '/staff-groups'), { name: 'Bank staff' });
    expect(bank.json()).toMatchObject({ name: 'Bank staff', position: 9 });
    expect((await org.admin.post(url(org, '/staff-groups'), { name: 'STUDENTS' })).statusCode).toBe(409);
    const groups = (await read(org)).staffGroups as { id: string; name: string }[];
    expect((await org.admin.patch(url(org, `/staff-groups/${groups[0]!.id}`), { name: 'Scientific and technical' })).json().name).toBe('Scientific and technical');
    const reversed = groups.map((g) => g.id).reverse();
    const reordered = await org.admin.put(url(org, '/staff-groups/order'), { staffGroupIds: reversed });
    expect(reordered.json().staffGroups.map((g: { id: string }) => g.id)).toEqual(reversed);
    const partial = await org.admin.put(url(org, '/staff-groups/order'), { staffGroupIds: reversed.slice(1) });
    expect(partial.json().errors).toEqual([{ field: 'staffGroupIds', message: "List every one of the organisation's 10 staff groups exactly once, in the new order" }]);
    expect((await org.admin.delete(url(org, `/staff-groups/${bank.json().id}`))).statusCode).toBe(200);
    expect((await read(org)).staffGroups).toHaveLength(9);
  });

  it('keeps a staff group with headcounts until the deletion is confirmed', async () => {
    const org = await signUpOrganisation(t.app);
    const surgery = await addUnit(org, 'division', 'Surgery');
    const [group] = (await read(org)).staffGroups;
    await org.admin.put(url(org, '/headcounts'), { cells: [{ divisionId: surgery.id, staffGroupId: group.id, headcount: 1 }] });
    const refused = await org.admin.delete(url(org, `/staff-groups/${group.id}`));
    expect(refused.json().detail).toBe(`${group.name} has 1 headcount figure (1 person). Deleting the staff group deletes it too. Confirm to delete them all.`);
    expect((await org.admin.delete(url(org, `/staff-groups/${group.id}?force=true`))).statusCode).toBe(200);
    expect((await read(org)).headcounts.totals.overall).toBe(0);
  });
});

describe('workforce: headcount grid', () => {
  it('sets, changes and clears cells, and totals them per division, staff group, site and overall', async () => {
    const org = await signUpOrganisation(t.app);
    const surgery = await addUnit(org, 'division', 'Surgery');
    const imaging = await addUnit(org, 'division', 'Imaging');
    const main = await addUnit(org, 'site', 'Main');
    const [a, b] = (await read(org)).staffGroups as { id: string }[];
    const put = (cells: unknown[]) => org.admin.put(url(org, '/headcounts'), { cells });
    const set = await put([
      { divisionId: surgery.id, staffGroupId: a!.id, siteId: null, headcount: 10 },
      { divisionId: surgery.id, staffGroupId: b!.id, headcount: 5 },
      { divisionId: imaging.id, staffGroupId: a!.id, siteId: main.id, headcount: 7 },
    ]);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().headcounts.totals).toEqual({
      byDivision: { [surgery.id]: 15, [imaging.id]: 7 },
      byStaffGroup: { [a!.id]: 17, [b!.id]: 5 },
      bySite: { [main.id]: 7 },
      overall: 22,
    });
    const changed = await put([
      { divisionId: surgery.id, staffGroupId: a!.id, headcount: 12 },
      { divisionId: surgery.id, staffGroupId: b!.id, headcount: null },
    ]);
    expect(changed.json().headcounts.cells).toHaveLength(2);
    expect(changed.json().headcounts.totals.overall).toBe(19);
    const audit = JSON.stringify((await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit`)).json());
    expect(audit).toContain('headcounts.set');
    expect(audit).toContain(`Surgery · ${(await read(org)).staffGroups[0].name}`);
  });

  it('refuses numbers that are not headcounts, unknown ids and mixed whole-division and per-site figures, changing nothing', async () => {
    const org = await signUpOrganisation(t.app);
    const other = await signUpOrganisation(t.app);
    const surgery = await addUnit(org, 'division', 'Surgery');
    const main = await addUnit(org, 'site', 'Main');
    const theirs = await addUnit(other, 'division', 'Theirs');
    const [a] = (await read(org)).staffGroups as { id: string }[];
    const put = (cells: unknown[]) => org.admin.put(url(org, '/headcounts'), { cells });
    const cell = { divisionId: surgery.id, staffGroupId: a!.id };
    expect((await put([{ ...cell, headcount: 2.5 }])).json().errors).toEqual([{ field: 'cells.0.headcount', message: 'Headcount must be a whole number, like 12' }]);
    expect((await put([{ ...cell, headcount: -1 }])).json().errors).toEqual([{ field: 'cells.0.headcount', message: 'Headcount must be 0 or more' }]);
    expect((await put([{ ...cell, headcount: '12' }])).json().errors).toEqual([{ field: 'cells.0.headcount', message: 'Headcount must be a whole number, like 12' }]);
    const unknown = await put([{ ...cell, headcount: 1 }, { divisionId: theirs.id, staffGroupId: a!.id, siteId: surgery.id, headcount: 1 }, { ...cell, headcount: 3 }]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { field: 'cells.1.divisionId', message: "Cell 2: the division is not one of this organisation's divisions" },
      { field: 'cells.1.siteId', message: "Cell 2: the site is not one of this organisation's sites" },
      { field: 'cells.2', message: 'Cell 3 is the same cell as cell 1; send each cell once' },
    ]);
    expect((await put([{ ...cell, headcount: 4 }])).statusCode).toBe(200);
    const mixed = await put([{ ...cell, siteId: main.id, headcount: 1 }]);
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().detail).toMatch(/^Surgery – .* would have both a figure for the whole division and figures per site/);
    expect((await read(org)).headcounts.cells).toEqual([{ ...cell, siteId: null, headcount: 4 }]);
  });

  it('lets staff and senior leaders read the workforce but not change it', async () => {
    const org = await signUpOrganisation(t.app);
    const surgery = await addUnit(org, 'division', 'Surgery');
    for (const role of ['staff', 'leader'] as const) {
      const { session } = await addMember(t.app, org, role);
      const seen = await session.get(url(org));
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).toMatchObject({ divisions: [{ name: 'Surgery' }], can: { manage: false } });
      const group = seen.json().staffGroups[0].id;
      const attempts = await Promise.all([
        session.post(url(org, '/units'), { kind: 'site', name: 'Mine' }),
        session.patch(url(org, `/units/${surgery.id}`), { name: 'Mine' }),
        session.delete(url(org, `/units/${surgery.id}?force=true`)),
        session.post(url(org, '/staff-groups'), { name: 'Mine' }),
        session.delete(url(org, `/staff-groups/${group}`)),
        session.put(url(org, '/headcounts'), { cells: [{ divisionId: surgery.id, staffGroupId: group, headcount: 1 }] }),
        session.post(url(org, '/imports/preview'), { csv: 'Division,Staff group,Headcount\nSurgery,Students,1' }),
        session.post(url(org, '/imports'), { csv: 'Division,Staff group,Headcount\nSurgery,Students,1' }),
      ]);
      expect(attempts.map((r) => r.statusCode)).toEqual(Array(8).fill(403));
      expect(attempts[0]!.json().detail).toBe('Only admins and the strategy team can add workforce figures. Ask an admin of Test Trust if you need to.');
    }
    const strategyTeam = await addMember(t.app, org, 'strategy_team');
    expect((await strategyTeam.session.post(url(org, '/units'), { kind: 'site', name: 'Annexe' })).statusCode).toBe(201);
  });

  it('ticks the Discover checklist item once there are headcounts', async () => {
    const org = await signUpOrganisation(t.app);
    const strategy = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json();
    const item = async () =>
      (await org.admin.get(`/api/v1/strategies/${strategy.id}`)).json().checklist[0].items.find((i: { id: string }) => i.id === 'workforce-denominators');
    expect(await item()).toMatchObject({ label: 'Workforce denominators entered', done: false });
    const surgery = await addUnit(org, 'division', 'Surgery');
    const [group] = (await read(org)).staffGroups;
    await org.admin.put(url(org, '/headcounts'), { cells: [{ divisionId: surgery.id, staffGroupId: group.id, headcount: 30 }] });
    expect((await item()).done).toBe(true);
  });
});
