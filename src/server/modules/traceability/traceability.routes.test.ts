import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceItems } from '../evidence/index.js';
import { priorities, priorityInsights } from '../priorities/tables.js';
import { initiativeInsights, initiatives, programmes } from '../roadmap/tables.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

/**
 * The walk up from Define to Develop on a real database: a sticky note's evidence backs an insight;
 * one priority answers it, one initiative of that priority's programme follows from it, and one
 * initiative of another priority links the insight directly.
 */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let leader: Session;
let staff: Session;
let insightId = '';
let lonelyInsightId = '';
let evidenceId = '';
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Trace Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  const strategyId = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json().id;
  const workshop = (await org.admin.post(`/api/v1/strategies/${strategyId}/workshops`, { title: 'Ward managers', heldOn: '2026-02-03' })).json();
  await org.admin.post(`/api/v1/strategies/${strategyId}/workshops/${workshop.id}/notes`, { columnId: workshop.columns[0].id, text: 'Logins take ten minutes a shift' });
  const [item] = await t.ctx.db.select({ id: evidenceItems.id }).from(evidenceItems).where(eq(evidenceItems.strategyId, strategyId));
  evidenceId = item!.id;
  insightId = (await org.admin.post(`/api/v1/strategies/${strategyId}/insights`, { statement: 'Logging in wastes clinical time', evidenceIds: [evidenceId] })).json().id;
  lonelyInsightId = (await org.admin.post(`/api/v1/strategies/${strategyId}/insights`, { statement: 'Nobody answers this yet' })).json().id;
  const organisationId = org.organisationId;
  await t.ctx.db.transaction(async (tx) => {
    const [time, record] = await tx
      .insert(priorities)
      .values([
        { organisationId, strategyId, title: 'Give clinicians time back', position: 0 },
        { organisationId, strategyId, title: 'One patient record', position: 1 },
      ])
      .returning();
    await tx.insert(priorityInsights).values({ priorityId: time!.id, insightId });
    const [timeProgramme, recordProgramme] = await tx
      .insert(programmes)
      .values([
        { organisationId, strategyId, priorityId: time!.id, name: 'Fast access', position: 0 },
        { organisationId, strategyId, priorityId: record!.id, name: 'Record convergence', position: 1 },
      ])
      .returning();
    const common = { organisationId, strategyId, position: 0 };
    const [tapIn, epr, unrelated] = await tx
      .insert(initiatives)
      .values([
        { ...common, programmeId: timeProgramme!.id, title: 'Tap-in single sign-on', startMonth: '2027-01-01', endMonth: '2027-06-01' },
        { ...common, programmeId: recordProgramme!.id, title: 'EPR login by smartcard', startMonth: '2026-09-01', endMonth: '2027-03-01' },
        { ...common, programmeId: recordProgramme!.id, title: 'Retire the old PAS', startMonth: '2028-01-01', endMonth: '2028-12-01' },
      ])
      .returning();
    await tx.insert(initiativeInsights).values({ initiativeId: epr!.id, insightId });
    Object.assign(ids, { time: time!.id, tapIn: tapIn!.id, epr: epr!.id, unrelated: unrelated!.id });
  });
});
afterAll(() => t.close());

describe('what an insight or a piece of evidence supports', () => {
  it('walks from an insight to its priority, the initiatives linked to it and those of its priority', async () => {
    const res = await org.admin.get(`/api/v1/insights/${insightId}/supports`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.priorities.map((p: { title: string }) => p.title)).toEqual(['Give clinicians time back']);
    // Earliest start first; the direct link is told apart from the one through the priority.
    expect(body.initiatives).toEqual([
      { id: ids.epr, title: 'EPR login by smartcard', programme: 'Record convergence', via: 'direct' },
      { id: ids.tapIn, title: 'Tap-in single sign-on', programme: 'Fast access', via: 'priority' },
    ]);
    expect(JSON.stringify(body)).not.toContain('Retire the old PAS');
  });

  it('walks from a piece of evidence through its insights, and finds nothing for an insight nobody answers', async () => {
    const up = (await org.admin.get(`/api/v1/evidence/${evidenceId}/supports`)).json();
    expect(up.priorities.map((p: { id: string }) => p.id)).toEqual([ids.time]);
    expect(up.initiatives).toHaveLength(2);
    expect((await org.admin.get(`/api/v1/insights/${lonelyInsightId}/supports`)).json()).toEqual({ priorities: [], initiatives: [] });
  });

  it('lets leaders walk from insights but not from the evidence library, and refuses staff and other organisations', async () => {
    expect((await leader.get(`/api/v1/insights/${insightId}/supports`)).statusCode).toBe(200);
    expect((await leader.get(`/api/v1/evidence/${evidenceId}/supports`)).statusCode).toBe(403);
    expect((await staff.get(`/api/v1/insights/${insightId}/supports`)).statusCode).toBe(403);
    expect((await outsider.admin.get(`/api/v1/insights/${insightId}/supports`)).statusCode).toBe(404);
    expect((await outsider.admin.get(`/api/v1/evidence/${evidenceId}/supports`)).statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/v1/insights/${insightId}/supports` });
    expect(anonymous.statusCode).toBe(401);
  });
});
