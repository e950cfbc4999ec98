import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/tables.js';
import { priorities } from '../priorities/index.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { naughtyStrings } from '../../testing/test-data.js';

/** Delivery updates of an initiative on a real database: recorded, refused with reasons, and by role. */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let leader: Session;
let staff: Session;
let initiativeId: string;
let url: string;

const update = (body: Record<string, unknown> = {}) => ({ recordedOn: '2026-10-01', status: 'in_progress', rag: 'green', percentComplete: 20, ...body });

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Delivery Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  const organisationId = org.organisationId;
  const strategyId = (await org.admin.post(`/api/v1/orgs/${organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json().id;
  const [priority] = await t.ctx.db.insert(priorities).values({ organisationId, strategyId, title: 'One record', position: 0 }).returning();
  const programmeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId: priority!.id, name: 'Records' })).json().id;
  initiativeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/initiatives`, { programmeId, title: 'Switch off the PAS', start: '2026-04', end: '2027-03', status: 'planned' })).json().id;
  url = `/api/v1/initiatives/${initiativeId}/updates`;
});
afterAll(() => t.close());

describe('delivery updates', () => {
  it('records dated updates, newest first, and the roadmap shows the status reported, audited', async () => {
    expect((await org.admin.get(url)).json()).toMatchObject({ updates: [], can: { record: true } });
    expect((await org.admin.post(url, update({ note: 'Build started.' }))).statusCode).toBe(201);
    const second = await org.admin.post(url, update({ recordedOn: '2026-11-02', rag: 'amber', ragReason: 'Supplier a month late', percentComplete: 35, blockers: 'Interface specification' }));
    expect(second.statusCode).toBe(201);
    const { updates } = (await org.admin.get(url)).json();
    expect(updates.map((u: { recordedOnLabel: string; rag: string; percentComplete: number }) => [u.recordedOnLabel, u.rag, u.percentComplete])).toEqual([
      ['2 November 2026', 'amber', 35],
      ['1 October 2026', 'green', 20],
    ]);
    expect(updates[0]).toMatchObject({ ragReason: 'Supplier a month late', blockers: 'Interface specification', status: 'in_progress', author: expect.any(String) });
    expect((await org.admin.get(`/api/v1/initiatives/${initiativeId}`)).json().status).toBe('in_progress');
    const audit = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.organisationId, org.organisationId), eq(auditEvents.subjectId, initiativeId)));
    expect(audit.filter((a) => a.action === 'initiative.update_recorded')).toHaveLength(2);
    expect(audit.filter((a) => a.action === 'initiative.status_changed')).toHaveLength(1);
  });

  it('refuses what does not add up, naming the field, and saves nothing', async () => {
    const before = (await org.admin.get(url)).json().updates.length;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ rag: 'red' }, 'ragReason', 'Say why the initiative is red: a reason is needed for amber and red'],
      [{ percentComplete: 101 }, 'percentComplete', 'The percentage complete cannot be above 100'],
      [{ percentComplete: 12.5 }, 'percentComplete', 'Enter the percentage complete as a whole number from 0 to 100'],
      [{ status: 'done', percentComplete: 90 }, 'percentComplete', 'A done initiative is 100% complete: change the percentage or the status'],
      [{ recordedOn: '2026-02-30' }, 'recordedOn', 'The date of the update must be a real date, like 2026-03-14'],
      [{ recordedOn: '2099-01-01' }, 'recordedOn', 'The date of the update cannot be in the future'],
      [{ rag: 'purple' }, 'rag', 'Choose red, amber or green'],
      [{ note: 'Build\u0000started' }, 'note', 'What happened contains a character that cannot be stored (NUL): remove it'],
    ];
    for (const [body, field, message] of cases) {
      const response = await org.admin.post(url, update({ status: 'paused', ...body }));
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().errors, JSON.stringify(body)).toContainEqual({ field, message });
    }
    // Every problem is said at once, the cross-field one included.
    const both = await org.admin.post(url, update({ rag: 'red', percentComplete: 'lots' }));
    expect(both.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['percentComplete', 'ragReason']);
    expect((await org.admin.get(url)).json().updates).toHaveLength(before);
    expect((await org.admin.get(`/api/v1/initiatives/${initiativeId}`)).json().status).toBe('in_progress');
  });

  it('keeps every naughty string as text, or refuses it naming the field', async () => {
    const { strings } = naughtyStrings();
    const sample = strings.filter((_, i) => i % 5 === 0);
    for (const text of sample) {
      const response = await org.admin.post(url, update({ recordedOn: '2026-11-20', note: text, blockers: text, rag: 'amber', ragReason: text.trim() ? text : 'Late' }));
      if (response.statusCode === 201) continue;
      expect(response.statusCode, JSON.stringify(text)).toBe(400);
      for (const error of response.json().errors) expect(['note', 'blockers', 'ragReason']).toContain(error.field);
    }
    const stored = (await org.admin.get(url)).json().updates.filter((u: { recordedOn: string }) => u.recordedOn === '2026-11-20');
    const kept = new Set(stored.map((u: { note: string }) => u.note));
    for (const text of sample.filter((s) => !s.includes('\u0000') && s.trim().length <= 2000)) expect(kept.has(text.trim()), JSON.stringify(text)).toBe(true);
  });

  it('lets leaders read but not record; staff, outsiders and strangers are refused', async () => {
    expect((await leader.get(url)).json().can.record).toBe(false);
    expect((await leader.post(url, update())).statusCode).toBe(403);
    expect((await staff.get(url)).statusCode).toBe(403);
    expect((await outsider.admin.get(url)).statusCode).toBe(404);
    expect((await outsider.admin.post(url, update())).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});
