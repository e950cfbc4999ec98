import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/tables.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { naughtyStrings } from '../../testing/test-data.js';
import { missionVersions } from './tables.js';

/** The mission's versions on a real database, through real HTTP sessions of each role. */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let team: Session;
let leader: Session;
let staff: Session;

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Mission Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  team = (await addMember(t.app, org, 'strategy_team')).session;
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
});
afterAll(() => t.close());

let strategyCount = 0;
async function newStrategy(): Promise<string> {
  const created = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: `Digital plan ${++strategyCount}`, startYear: 2026, endYear: 2029 });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
}
const page = async (strategyId: string, as: Session = team) => (await as.get(`/api/v1/strategies/${strategyId}/mission`)).json();
const create = (strategyId: string, body: object, as: Session = team) => as.post(`/api/v1/strategies/${strategyId}/mission/versions`, body);
const agree = (id: string, as: Session = team) => as.post(`/api/v1/mission-versions/${id}/agree`);

describe('mission versions', () => {
  it('numbers versions, edits the draft in place and keeps the agreed text when editing starts a new draft', async () => {
    const strategyId = await newStrategy();
    expect((await page(strategyId)).versions).toEqual([]);
    const first = await create(strategyId, { mission: 'Digital that gives staff time.', changeNote: 'First go' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().number).toBe(1);
    const v1 = first.json().id as string;

    // A second draft while the first is open would leave the first neither agreed nor current.
    const second = await create(strategyId, { mission: 'Another' });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toMatch(/Version 1 is still a draft/);

    const edited = await team.patch(`/api/v1/mission-versions/${v1}`, { mission: 'Digital that gives our staff time back to care.', vision: 'One record' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().number).toBe(1);

    expect((await agree(v1)).statusCode).toBe(200);
    const afterAgree = await page(strategyId);
    expect(afterAgree.agreedId).toBe(v1);
    expect(afterAgree.draftId).toBeNull();
    const agreed = afterAgree.versions[0];
    expect(agreed).toMatchObject({ number: 1, state: 'agreed', mission: 'Digital that gives our staff time back to care.', vision: 'One record', changeNote: 'First go', agreedBy: 'Member strategy_team' });
    expect(agreed.agreedOn).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(agreed.createdOn).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(new Date(agreed.agreedAt).toISOString()).toBe(agreed.agreedAt);

    // The agreed text is never changed in place, nor deleted.
    const refused = await team.patch(`/api/v1/mission-versions/${v1}`, { mission: 'Changed' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/agreed mission.*Start a new draft/);
    expect((await team.delete(`/api/v1/mission-versions/${v1}`)).statusCode).toBe(409);

    const next = await create(strategyId, { mission: 'Digital that gives our staff time back to care, and patients a clear view.', vision: 'One record' });
    expect(next.json().number).toBe(2);
    const both = await page(strategyId);
    expect(both.versions.map((v: { number: number; state: string }) => [v.number, v.state])).toEqual([[2, 'draft'], [1, 'agreed']]);
    expect(both.versions[1].mission).toBe('Digital that gives our staff time back to care.');
    expect(both.draftId).toBe(next.json().id);
  });

  it('keeps one agreed version: agreeing another moves it, in one step', async () => {
    const strategyId = await newStrategy();
    const v1 = (await create(strategyId, { mission: 'First' })).json().id as string;
    expect((await agree(v1)).statusCode).toBe(200);
    const v2 = (await create(strategyId, { mission: 'Second' })).json().id as string;
    expect((await agree(v2)).statusCode).toBe(200);
    const after = await page(strategyId);
    expect(after.agreedId).toBe(v2);
    expect(after.versions.map((v: { state: string }) => v.state)).toEqual(['agreed', 'superseded']);
    const agreedRows = await t.ctx.db.select().from(missionVersions).where(and(eq(missionVersions.strategyId, strategyId)));
    expect(agreedRows.filter((r) => r.agreedAt !== null).map((r) => r.id)).toEqual([v2]);
    // A superseded version is history: neither edited nor deleted.
    const superseded = await team.patch(`/api/v1/mission-versions/${v1}`, { mission: 'x' });
    expect(superseded.statusCode).toBe(409);
    expect(superseded.json().detail).toMatch(/followed by version 2/);
    expect((await team.delete(`/api/v1/mission-versions/${v1}`)).statusCode).toBe(409);
    // Agreeing the agreed one again says so.
    expect((await agree(v2)).statusCode).toBe(409);
    // An earlier version can be agreed again: the agreement moves back.
    expect((await agree(v1)).statusCode).toBe(200);
    expect((await page(strategyId)).agreedId).toBe(v1);
  });
});

describe('comparing versions', () => {
  it('shows word-level changes field by field, rebuilding both texts', async () => {
    const strategyId = await newStrategy();
    const v1 = (await create(strategyId, { mission: 'Digital that gives staff time.', principles: '- Fix the basics' })).json().id as string;
    await agree(v1);
    const v2 = (await create(strategyId, { mission: 'Digital that gives our staff time back to care.', principles: '- Fix the basics' })).json().id as string;
    const compared = await leader.get(`/api/v1/mission-versions/${v1}/compare/${v2}`);
    expect(compared.statusCode, compared.body).toBe(200);
    const body = compared.json();
    expect(body.from).toEqual({ id: v1, number: 1 });
    expect(body.to).toEqual({ id: v2, number: 2 });
    const byField = Object.fromEntries(body.fields.map((f: { field: string }) => [f.field, f]));
    expect(byField.mission.changed).toBe(true);
    expect(byField.mission.parts).toEqual([
      { kind: 'same', text: 'Digital that gives ' },
      { kind: 'added', text: 'our ' },
      { kind: 'same', text: 'staff time' },
      { kind: 'added', text: ' back to care' },
      { kind: 'same', text: '.' },
    ]);
    expect(byField.principles).toMatchObject({ changed: false, parts: [{ kind: 'same', text: '- Fix the basics' }] });
    expect(byField.vision).toMatchObject({ changed: false, parts: [] });
  });

  it('refuses to compare with a version of another strategy or organisation', async () => {
    const a = await newStrategy();
    const b = await newStrategy();
    const inA = (await create(a, { mission: 'A' })).json().id as string;
    const inB = (await create(b, { mission: 'B' })).json().id as string;
    expect((await team.get(`/api/v1/mission-versions/${inA}/compare/${inB}`)).statusCode).toBe(404);
    const theirs = await outsider.admin.post(`/api/v1/orgs/${outsider.organisationId}/strategies`, { name: 'Theirs', startYear: 2026, endYear: 2029 });
    const theirVersion = (await create(theirs.json().id, { mission: 'Theirs' }, outsider.admin)).json().id as string;
    expect((await team.get(`/api/v1/mission-versions/${inA}/compare/${theirVersion}`)).statusCode).toBe(404);
  });
});

describe('who may do what', () => {
  it('lets leaders read and compare but not write, and refuses staff and outsiders', async () => {
    const strategyId = await newStrategy();
    const v1 = (await create(strategyId, { mission: 'Time back to care' })).json().id as string;
    const asLeader = await leader.get(`/api/v1/strategies/${strategyId}/mission`);
    expect(asLeader.statusCode).toBe(200);
    expect(asLeader.json().can).toEqual({ create: false, update: false, delete: false, agree: false, comment: true });
    expect((await page(strategyId)).can).toEqual({ create: true, update: true, delete: true, agree: true, comment: true });
    for (const [session, status] of [[leader, 403], [staff, 403], [outsider.admin, 404]] as const) {
      expect((await create(strategyId, { mission: 'Mine' }, session)).statusCode).toBe(status);
      expect((await session.patch(`/api/v1/mission-versions/${v1}`, { mission: 'Mine' })).statusCode).toBe(status);
      expect((await agree(v1, session)).statusCode).toBe(status);
      expect((await session.delete(`/api/v1/mission-versions/${v1}`)).statusCode).toBe(status);
    }
    expect((await staff.get(`/api/v1/strategies/${strategyId}/mission`)).statusCode).toBe(403);
    expect((await outsider.admin.get(`/api/v1/strategies/${strategyId}/mission`)).statusCode).toBe(404);
    expect((await outsider.admin.get(`/api/v1/mission-versions/${v1}/compare/${v1}`)).statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/strategies/${strategyId}/mission` });
    expect(anonymous.statusCode).toBe(401);
    const rows = await t.ctx.db.select().from(missionVersions).where(eq(missionVersions.strategyId, strategyId));
    expect(rows.map((r) => [r.mission, r.agreedAt])).toEqual([['Time back to care', null]]);
  });
});

describe('deleting a draft', () => {
  it('deletes the draft with its comments, and audits every change with before and after', async () => {
    const strategyId = await newStrategy();
    const v1 = (await create(strategyId, { mission: 'Old words' })).json().id as string;
    await team.patch(`/api/v1/mission-versions/${v1}`, { mission: 'New words' });
    // Saving it again unchanged is no change: no second audit record.
    expect((await team.patch(`/api/v1/mission-versions/${v1}`, { mission: 'New words' })).statusCode).toBe(200);
    const comment = await leader.post(`/api/v1/strategies/${strategyId}/comments`, { subjectType: 'mission', subjectId: v1, body: 'Say more about patients' });
    expect(comment.statusCode, comment.body).toBe(201);
    expect((await team.delete(`/api/v1/mission-versions/${v1}`)).statusCode).toBe(200);
    expect((await page(strategyId)).versions).toEqual([]);
    expect((await team.get(`/api/v1/strategies/${strategyId}/comments?subjectType=mission&subjectId=${v1}`)).statusCode).toBe(404);
    const audit = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.subjectId, v1));
    const byAction = Object.fromEntries(audit.map((a) => [a.action, a]));
    expect(audit.filter((a) => a.action === 'mission.version_updated')).toHaveLength(1);
    expect(byAction['mission.version_created']?.after).toMatchObject({ number: 1, mission: 'Old words' });
    expect(byAction['mission.version_updated']?.before).toEqual({ mission: 'Old words' });
    expect(byAction['mission.version_updated']?.after).toEqual({ mission: 'New words' });
    expect(byAction['mission.version_deleted']?.before).toMatchObject({ mission: 'New words' });
    // The number is free again: the next version is 1.
    expect((await create(strategyId, { mission: 'Again' })).json().number).toBe(1);
  });
});

describe('bad input', () => {
  it('names the field and saves nothing', async () => {
    const strategyId = await newStrategy();
    const cases: [object, RegExp][] = [
      [{}, /mission/i],
      [{ mission: '   ' }, /Write the mission/],
      [{ mission: 'x'.repeat(1_001) }, /mission must be 1,000 characters or fewer/],
      [{ mission: 'ok', vision: 'x'.repeat(1_001) }, /vision must be 1,000 characters or fewer/],
      [{ mission: 'ok', principles: 'x'.repeat(5_001) }, /principles must be 5,000 characters or fewer/],
      [{ mission: 'ok', changeNote: 'x'.repeat(501) }, /change note must be 500 characters or fewer/],
      [{ mission: 'ok\u0000' }, /cannot be stored \(NUL\)/],
      [{ mission: 42 }, /mission must be text/],
    ];
    for (const [body, message] of cases) {
      const response = await create(strategyId, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(response.json()), JSON.stringify(body)).toMatch(message);
    }
    expect((await page(strategyId)).versions).toEqual([]);
    const v1 = (await create(strategyId, { mission: 'Kept' })).json().id as string;
    expect((await team.patch(`/api/v1/mission-versions/${v1}`, { mission: 'Changed', vision: 'x'.repeat(1_001) })).statusCode).toBe(400);
    expect((await page(strategyId)).versions[0]).toMatchObject({ mission: 'Kept', vision: '' });
  });

  it('stores every naughty string exactly as written, or refuses it with a clear message', async () => {
    const strategyId = await newStrategy();
    const v1 = (await create(strategyId, { mission: 'Start' })).json().id as string;
    const { strings } = naughtyStrings();
    expect(strings.length).toBeGreaterThan(400);
    let stored = 0;
    // One version, edited once per string: each field read back must equal what was sent.
    for (const text of strings) {
      const body = { mission: text, vision: text, principles: text, changeNote: text };
      const response = await team.patch(`/api/v1/mission-versions/${v1}`, body);
      if (response.statusCode === 400) {
        // Only blank missions and NUL are refused, each with words a person understands.
        expect(text.trim() === '' || text.includes('\u0000'), JSON.stringify(text)).toBe(true);
        expect(response.json().detail ?? '', JSON.stringify(text)).not.toBe('');
        continue;
      }
      expect(response.statusCode, `${JSON.stringify(text)}: ${response.body}`).toBe(200);
      const version = (await page(strategyId)).versions[0];
      expect([version.mission, version.vision, version.principles, version.changeNote]).toEqual([text, text, text, text]);
      stored++;
    }
    expect(stored).toBeGreaterThan(400);
  });
});
