import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { priorities } from '../priorities/index.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

/** The delivery dashboard on a real database, its figures worked out by hand from a small plan. */
let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;
const ids: Record<string, string> = {};

const daysAgo = (n: number) => new Date(Date.parse(`${todayInLondon()}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Dashboard Trust');
  const organisationId = org.organisationId;
  strategyId = (await org.admin.post(`/api/v1/orgs/${organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json().id;
  const rows = await t.ctx.db.insert(priorities).values([
    { organisationId, strategyId, title: 'One record', position: 0 },
    { organisationId, strategyId, title: 'Skills', position: 1 },
    { organisationId, strategyId, title: 'Not planned yet', position: 2 },
  ]).returning();
  const programme = async (priorityId: string, name: string) => (await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId, name })).json().id;
  const records = await programme(rows[0]!.id, 'Records');
  const skills = await programme(rows[1]!.id, 'Skills');
  const initiative = async (programmeId: string, title: string, status: string) =>
    (ids[title] = (await org.admin.post(`/api/v1/strategies/${strategyId}/initiatives`, { programmeId, title, start: '2026-01', end: '2027-12', status })).json().id);
  await initiative(records, 'PAS switch-off', 'planned');
  await initiative(records, 'Letters', 'planned');
  await initiative(skills, 'Training', 'in_progress');
  await initiative(skills, 'Champions', 'in_progress');
  const update = (title: string, body: Record<string, unknown>) => org.admin.post(`/api/v1/initiatives/${ids[title]}/updates`, { status: 'in_progress', rag: 'green', ...body });
  await update('PAS switch-off', { recordedOn: daysAgo(40), percentComplete: 30, rag: 'red', ragReason: 'Data quality' });
  await update('PAS switch-off', { recordedOn: daysAgo(5), percentComplete: 50, rag: 'amber', ragReason: 'Recovering' });
  await update('Letters', { recordedOn: daysAgo(10), status: 'done', percentComplete: 100 });
  await update('Training', { recordedOn: daysAgo(60), percentComplete: 40 });
  await org.admin.post(`/api/v1/strategies/${strategyId}/measures`, { priorityId: rows[0]!.id, name: 'Paper forms', unit: 'forms', direction: 'down', baselineValue: 100, baselineOn: '2026-01-01', targetValue: 10, targetOn: '2028-01-01' });
  const logins = (await org.admin.post(`/api/v1/strategies/${strategyId}/measures`, { initiativeId: ids['Training'], name: 'Staff who log in', unit: '%', direction: 'up', baselineValue: 20, baselineOn: '2026-01-01', targetValue: 80, targetOn: '2027-01-01' })).json().id;
  await org.admin.post(`/api/v1/measures/${logins}/values`, { value: 30, recordedOn: '2026-04-01' });
  await org.admin.post(`/api/v1/measures/${logins}/values`, { value: 65, recordedOn: '2026-10-01' });
  const milestone = async (title: string, body: Record<string, unknown>) => {
    const id = (await org.admin.post(`/api/v1/initiatives/${ids[title]}/milestones`, { title: body.title, dueOn: body.dueOn })).json().id;
    if (body.doneOn) await org.admin.patch(`/api/v1/milestones/${id}`, { doneOn: body.doneOn });
  };
  await milestone('PAS switch-off', { title: 'Rehearsal', dueOn: daysAgo(20), doneOn: daysAgo(15) });
  await milestone('PAS switch-off', { title: 'Cleansing', dueOn: daysAgo(10) });
  await milestone('Training', { title: 'Course live', dueOn: daysAgo(3) });
  await milestone('Training', { title: 'First cohort', dueOn: daysAgo(0) });
});
afterAll(() => t.close());

describe('the delivery dashboard', () => {
  it('counts initiatives by their latest RAG, rolls progress up per priority and lists those needing an update', async () => {
    const response = await org.admin.get(`/api/v1/strategies/${strategyId}/delivery`);
    expect(response.statusCode).toBe(200);
    const dashboard = response.json();
    // Latest: PAS amber (the red was older), Letters green, Training green (stale), Champions none.
    expect(dashboard.rag).toEqual({ green: 2, amber: 1, red: 0, none: 1 });
    expect(dashboard.priorities).toEqual([
      { priorityId: expect.any(String), title: 'One record', initiatives: 2, done: 1, percentComplete: 75 },
      { priorityId: expect.any(String), title: 'Skills', initiatives: 2, done: 0, percentComplete: 20 },
      { priorityId: expect.any(String), title: 'Not planned yet', initiatives: 0, done: 0, percentComplete: null },
    ]);
    // In progress and silent for more than 45 days, or never updated; the recently updated one is not listed.
    // (In the roadmap's order: same start month, so by title.)
    expect(dashboard.needUpdate.map((n: { title: string; lastUpdateLabel: string | null }) => [n.title, n.lastUpdateLabel === null])).toEqual([
      ['Champions', true],
      ['Training', false],
    ]);
    expect(dashboard.measures).toEqual({ target_met: 0, on_track: 1, not_yet: 0, no_data: 1 });
    // (50 + 100 + 40 + 0) / 4 = 47.5, rounded.
    expect(dashboard.percentComplete).toBe(48);
    expect(dashboard.atRisk).toEqual([{ initiativeId: ids['PAS switch-off'], title: 'PAS switch-off', rag: 'amber', reason: 'Recovering', recordedOnLabel: expect.any(String) }]);
  });

  it('lists overdue milestones, most overdue first; done ones and those due today are not overdue', async () => {
    const dashboard = (await org.admin.get(`/api/v1/strategies/${strategyId}/delivery`)).json();
    expect(dashboard.overdueMilestones.map((m: { title: string; initiativeTitle: string; daysOverdue: number }) => [m.title, m.initiativeTitle, m.daysOverdue])).toEqual([
      ['Cleansing', 'PAS switch-off', 10],
      ['Course live', 'Training', 3],
    ]);
  });

  it('puts each measure against the straight line from its baseline to its target', async () => {
    const { trajectories } = (await org.admin.get(`/api/v1/strategies/${strategyId}/delivery`)).json();
    const logins = trajectories.find((m: { name: string }) => m.name === 'Staff who log in');
    // 365 days from 20% (1 January 2026) to 80% (1 January 2027): 1 April is day 90, so
    // 20 + 60 × 90/365 = 34.79; 1 October is day 273, so 20 + 60 × 273/365 = 64.88.
    expect(logins.points).toEqual([
      { on: '2026-04-01', onLabel: '1 April 2026', actual: 30, expected: 34.79 },
      { on: '2026-10-01', onLabel: '1 October 2026', actual: 65, expected: 64.88 },
    ]);
    // (65 − 20) / (80 − 20) = 0.75 of the way, ahead of the 273/365 = 0.748 of the time gone.
    expect(logins).toMatchObject({ progress: 0.75, statusWords: 'On track', baseline: { value: 20, on: '2026-01-01' }, target: { value: 80, on: '2027-01-01' } });
    const paper = trajectories.find((m: { name: string }) => m.name === 'Paper forms');
    expect(paper).toMatchObject({ points: [], progress: null, baseline: { value: 100 }, target: { value: 10 } });
  });

  it('is read by leaders; staff and other organisations are refused', async () => {
    const leader = (await addMember(t.app, org, 'leader')).session;
    const staff = (await addMember(t.app, org, 'staff')).session;
    const outsider = await signUpOrganisation(t.app, 'Other Trust');
    expect((await leader.get(`/api/v1/strategies/${strategyId}/delivery`)).statusCode).toBe(200);
    expect((await staff.get(`/api/v1/strategies/${strategyId}/delivery`)).statusCode).toBe(403);
    expect([403, 404]).toContain((await outsider.admin.get(`/api/v1/strategies/${strategyId}/delivery`)).statusCode);
  });
});
