import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { auditEvents } from '../../platform/tables.js';
import { priorities } from '../priorities/index.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

/** Milestones of an initiative on a real database: added, ticked off, reopened, refused with reasons, and by role. */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let leader: Session;
let staff: Session;
let initiativeId: string;
let list: string;
let add: string;

const daysFromToday = (n: number) => new Date(Date.parse(`${todayInLondon()}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const milestones = async () => (await org.admin.get(list)).json().milestones as { id: string; title: string; dueOn: string; doneOn: string | null; overdue: boolean; dueOnLabel: string }[];

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Milestone Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  const organisationId = org.organisationId;
  const strategyId = (await org.admin.post(`/api/v1/orgs/${organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json().id;
  const [priority] = await t.ctx.db.insert(priorities).values({ organisationId, strategyId, title: 'One record', position: 0 }).returning();
  const programmeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId: priority!.id, name: 'Records' })).json().id;
  initiativeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/initiatives`, { programmeId, title: 'Switch off the PAS', start: '2026-04', end: '2027-03', status: 'in_progress' })).json().id;
  list = `/api/v1/initiatives/${initiativeId}/updates`;
  add = `/api/v1/initiatives/${initiativeId}/milestones`;
});
afterAll(() => t.close());

describe('milestones', () => {
  it('adds milestones in due order, marks one done, reopens it, edits and deletes, each audited', async () => {
    expect((await org.admin.get(list)).json()).toMatchObject({ milestones: [], can: { manageMilestones: true } });
    const late = await org.admin.post(add, { title: '  Data migration rehearsal  ', dueOn: daysFromToday(-3) });
    expect(late.statusCode).toBe(201);
    expect(late.json()).toMatchObject({ title: 'Data migration rehearsal', overdue: true, doneOn: null });
    const soon = (await org.admin.post(add, { title: 'Go-live', dueOn: daysFromToday(30) })).json();
    const today = (await org.admin.post(add, { title: 'Training starts', dueOn: todayInLondon() })).json();
    // Due today is not late yet; by due date, earliest first.
    expect((await milestones()).map((m) => [m.title, m.overdue])).toEqual([
      ['Data migration rehearsal', true],
      ['Training starts', false],
      ['Go-live', false],
    ]);

    const done = await org.admin.patch(`/api/v1/milestones/${late.json().id}`, { doneOn: daysFromToday(-1) });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ doneOn: daysFromToday(-1), overdue: false });
    const reopened = await org.admin.patch(`/api/v1/milestones/${late.json().id}`, { doneOn: null });
    expect(reopened.json()).toMatchObject({ doneOn: null, overdue: true });
    const edited = await org.admin.patch(`/api/v1/milestones/${soon.id}`, { title: 'Go-live in outpatients', dueOn: '2027-03-01' });
    expect(edited.json()).toMatchObject({ title: 'Go-live in outpatients', dueOn: '2027-03-01', dueOnLabel: '1 March 2027' });
    expect((await org.admin.delete(`/api/v1/milestones/${today.id}`)).statusCode).toBe(200);
    expect((await milestones()).map((m) => m.title)).toEqual(['Data migration rehearsal', 'Go-live in outpatients']);
    expect((await org.admin.patch(`/api/v1/milestones/${today.id}`, { title: 'Gone' })).statusCode).toBe(404);

    const audit = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, org.organisationId), eq(auditEvents.subjectType, 'milestone')));
    expect(audit.map((a) => a.action).sort()).toEqual(['milestone.added', 'milestone.added', 'milestone.added', 'milestone.deleted', 'milestone.done', 'milestone.reopened', 'milestone.updated']);
    const update = audit.find((a) => a.action === 'milestone.updated')!;
    expect(update.before).toMatchObject({ title: 'Go-live', dueOn: daysFromToday(30) });
    expect(update.after).toMatchObject({ title: 'Go-live in outpatients', dueOn: '2027-03-01' });
  });

  it('refuses what is not a milestone, naming the field, and changes nothing', async () => {
    const before = await milestones();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '', dueOn: '2027-01-01' }, 'title', 'Enter what the milestone is, like “Go-live in outpatients”'],
      [{ title: 'x'.repeat(201), dueOn: '2027-01-01' }, 'title', 'The milestone must be 200 characters or fewer'],
      [{ title: 'Go\nlive', dueOn: '2027-01-01' }, 'title', 'The milestone must be on one line, without tabs'],
      [{ title: 'Go\u0000live', dueOn: '2027-01-01' }, 'title', 'The milestone contains a character that cannot be stored (NUL): remove it'],
      [{ title: 'Go-live', dueOn: '2027-02-30' }, 'dueOn', 'The due date must be a real date, like 2026-03-14'],
      [{ title: 'Go-live', dueOn: '' }, 'dueOn', 'Enter the due date'],
      [{ title: 'Go-live', dueOn: '1999-12-31' }, 'dueOn', 'The due date must be between the years 2000 and 2100'],
    ];
    for (const [body, field, message] of cases) {
      const response = await org.admin.post(add, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors, JSON.stringify(body)).toEqual([{ field, message }]);
    }
    const id = before[0]!.id;
    const patches: [Record<string, unknown>, string, string][] = [
      [{ doneOn: daysFromToday(1) }, 'doneOn', 'The done date cannot be in the future'],
      [{ doneOn: '2026-13-01' }, 'doneOn', 'The done date must be a real date, like 2026-03-14'],
      [{ title: ' ' }, 'title', 'Enter what the milestone is, like “Go-live in outpatients”'],
    ];
    for (const [body, field, message] of patches) {
      const response = await org.admin.patch(`/api/v1/milestones/${id}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors, JSON.stringify(body)).toEqual([{ field, message }]);
    }
    expect((await org.admin.patch(`/api/v1/milestones/${id}`, {})).statusCode).toBe(400);
    expect(await milestones()).toEqual(before);
  });

  it('lets leaders read but not change; staff, outsiders and strangers are refused', async () => {
    const [first] = await milestones();
    const one = `/api/v1/milestones/${first!.id}`;
    const body = { title: 'Leader milestone', dueOn: '2027-01-01' };
    const read = (await leader.get(list)).json();
    expect(read.milestones).toHaveLength(2);
    expect(read.can.manageMilestones).toBe(false);
    expect((await leader.post(add, body)).statusCode).toBe(403);
    expect((await leader.patch(one, { doneOn: todayInLondon() })).statusCode).toBe(403);
    expect((await leader.delete(one)).statusCode).toBe(403);
    expect((await staff.get(list)).statusCode).toBe(403);
    expect((await staff.post(add, body)).statusCode).toBe(403);
    expect((await staff.patch(one, { doneOn: todayInLondon() })).statusCode).toBe(403);
    expect((await outsider.admin.post(add, body)).statusCode).toBe(404);
    expect((await outsider.admin.patch(one, { doneOn: todayInLondon() })).statusCode).toBe(404);
    expect((await outsider.admin.delete(one)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: one })).statusCode).toBe(401);
    expect(await milestones()).toHaveLength(2);
    expect((await milestones())[0]!.doneOn).toBeNull();
  });
});
