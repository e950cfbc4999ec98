import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const workshop = { title: 'Chemotherapy day unit', heldOn: '2026-02-03', department: 'Day unit nurses', facilitator: 'Hannah Wells' };

async function setUp() {
  const org = await signUpOrganisation(t.app);
  const strategy = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
  const url = `/api/v1/strategies/${strategy.json().id}`;
  return { org, url };
}

describe('workshops', () => {
  it('records a workshop with the usual columns and attendance per staff group, then edits and deletes it', async () => {
    const { org, url } = await setUp();
    const options = (await org.admin.get(`${url}/workshops/options`)).json();
    // The workforce module adds the nine ESR staff groups when the workforce is first set up.
    await org.admin.get(`/api/v1/orgs/${org.organisationId}/workforce`);
    const groups = (await org.admin.get(`${url}/workshops/options`)).json().staffGroups as { id: string; name: string }[];
    expect(groups.length).toBeGreaterThanOrEqual(options.staffGroups.length);
    expect(groups.map((g) => g.name)).toContain('Nursing and Midwifery Registered');
    const nurses = groups.find((g) => g.name === 'Nursing and Midwifery Registered')!;
    const admin = groups.find((g) => g.name === 'Administrative and Clerical')!;
    const created = await org.admin.post(`${url}/workshops`, { ...workshop, attendance: [{ staffGroupId: nurses.id, count: 14 }, { staffGroupId: admin.id, count: 0 }] });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      ...workshop,
      attendanceTotal: 14,
      noteCount: 0,
      columns: [
        { title: 'What works', position: 0, notes: [] },
        { title: 'What gets in the way', position: 1, notes: [] },
        { title: 'Ideas', position: 2, notes: [] },
      ],
      can: { update: true, delete: true },
    });
    expect(created.json().attendance).toEqual(expect.arrayContaining([
      { staffGroupId: nurses.id, name: 'Nursing and Midwifery Registered', count: 14 },
      { staffGroupId: admin.id, name: 'Administrative and Clerical', count: 0 },
    ]));
    const id = created.json().id;
    const edited = await org.admin.patch(`${url}/workshops/${id}`, { title: 'Day unit workshop', facilitator: null, attendance: [{ staffGroupId: admin.id, count: 3 }] });
    expect(edited.json()).toMatchObject({ title: 'Day unit workshop', facilitator: null, attendanceTotal: 3, department: 'Day unit nurses' });
    expect(edited.json().attendance).toEqual([{ staffGroupId: admin.id, name: 'Administrative and Clerical', count: 3 }]);
    expect((await org.admin.get(`${url}/workshops`)).json()).toMatchObject({ can: { create: true }, workshops: [{ id, attendanceTotal: 3 }] });
    expect((await org.admin.delete(`${url}/workshops/${id}`)).statusCode).toBe(200);
    expect((await org.admin.get(`${url}/workshops/${id}`)).statusCode).toBe(404);
  });

  it('explains bad input in plain English', async () => {
    const { org, url } = await setUp();
    const missing = await org.admin.post(`${url}/workshops`, { heldOn: '2026-02-03' });
    expect(missing.json().errors).toEqual([{ field: 'title', message: 'Enter a title for the workshop' }]);
    const date = await org.admin.post(`${url}/workshops`, { ...workshop, heldOn: '3/2/2026' });
    expect(date.json().errors).toEqual([{ field: 'heldOn', message: 'The date of the workshop must be a real date, like 2026-03-14' }]);
    const other = await signUpOrganisation(t.app, 'Other Trust');
    await other.admin.get(`/api/v1/orgs/${other.organisationId}/workforce`);
    const foreign = (await other.admin.get(`/api/v1/orgs/${other.organisationId}/workforce`)).json().staffGroups[0].id;
    const wrongGroup = await org.admin.post(`${url}/workshops`, { ...workshop, attendance: [{ staffGroupId: foreign, count: 2 }] });
    expect(wrongGroup.statusCode).toBe(400);
    expect(wrongGroup.json().detail).toBe('Attendance names a staff group this organisation does not have');
    const negative = await org.admin.post(`${url}/workshops`, { ...workshop, attendance: [{ staffGroupId: foreign, count: -1 }] });
    expect(negative.json().detail).toBe('Attendance must be 0 or more');
    const twice = await org.admin.post(`${url}/workshops`, { ...workshop, attendance: [{ staffGroupId: foreign, count: 1 }, { staffGroupId: foreign, count: 2 }] });
    expect(twice.json().detail).toBe('Each staff group may appear only once in the attendance');
    const unit = await other.admin.post(`/api/v1/orgs/${other.organisationId}/workforce/units`, { kind: 'division', name: 'Surgery' });
    const wrongUnit = await org.admin.post(`${url}/workshops`, { ...workshop, orgUnitId: unit.json().id });
    expect(wrongUnit.json().errors).toEqual([{ field: 'orgUnitId', message: 'Choose a department from this organisation' }]);
  });

  it('lets everyone read workshops and only the strategy team and admins change them', async () => {
    const { org, url } = await setUp();
    const created = (await org.admin.post(`${url}/workshops`, workshop)).json();
    const staff = await addMember(t.app, org, 'staff');
    const leader = await addMember(t.app, org, 'leader');
    const team = await addMember(t.app, org, 'strategy_team');
    for (const reader of [staff.session, leader.session]) {
      const read = await reader.get(`${url}/workshops/${created.id}`);
      expect(read.statusCode).toBe(200);
      expect(read.json().can).toEqual({ update: false, delete: false });
      const refused = await reader.post(`${url}/workshops/${created.id}/notes`, { columnId: created.columns[0].id, text: 'Mine' });
      expect(refused.statusCode).toBe(403);
      expect((await reader.post(`${url}/workshops`, workshop)).json().detail).toMatch(/^Only admins and the strategy team can add workshops\./);
    }
    const note = await team.session.post(`${url}/workshops/${created.id}/notes`, { columnId: created.columns[0].id, text: 'Team note' });
    expect(note.statusCode).toBe(201);
    const elsewhere = await signUpOrganisation(t.app);
    const theirs = await elsewhere.admin.post(`/api/v1/orgs/${elsewhere.organisationId}/strategies`, { name: 'X', startYear: 2026, endYear: 2027 });
    expect((await elsewhere.admin.get(`/api/v1/strategies/${theirs.json().id}/workshops/${created.id}`)).statusCode).toBe(404);
    expect((await elsewhere.admin.get(`${url}/workshops/${created.id}`)).statusCode).toBe(404);
  });

  it('stores nasty free text verbatim and refuses sticky notes over 500 characters', async () => {
    const { org, url } = await setUp();
    const nasty = { title: '<script>alert(1)</script> 🎉', department: 'قسم العلاج الكيميائي', notes: '**bold** <img src=x onerror=alert(1)> עברית' };
    const created = await org.admin.post(`${url}/workshops`, { ...workshop, ...nasty });
    expect(created.json()).toMatchObject(nasty);
    const columnId = created.json().columns[0].id;
    const text = '<b>Paper</b> 📄 "three times" \\ مرتين';
    const note = await org.admin.post(`${url}/workshops/${created.json().id}/notes`, { columnId, text });
    expect(note.json().text).toBe(text);
    const long = await org.admin.post(`${url}/workshops/${created.json().id}/notes`, { columnId, text: '📄'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(long.json().detail).toBe('A sticky note must be 500 characters or fewer');
    const empty = await org.admin.post(`${url}/workshops/${created.json().id}/notes`, { columnId, text: '   ' });
    expect(empty.json().detail).toBe('Enter the text of the sticky note');
    const edited = await org.admin.patch(`${url}/workshops/${created.json().id}/notes/${note.json().id}`, { text: 'Edited ✅' });
    expect(edited.json().text).toBe('Edited ✅');
  });
});
