import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { outboxMessages } from '../../platform/tables.js';
import { priorities } from '../priorities/index.js';
import { addMember, signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { sendDeliveryReminders } from './reminders.js';

/** The weekly digest of overdue delivery records, read back from the outbox. */
let t: TestApp;
let busy: SignedUpOrg;
let quiet: SignedUpOrg;
let teamEmail: string;
let leaderEmail: string;

const DAY = 86_400_000;
const noon = Date.parse(`${todayInLondon()}T12:00:00Z`);
const daysAgo = (n: number) => new Date(noon - n * DAY).toISOString().slice(0, 10);

async function plan(org: SignedUpOrg, name: string) {
  const organisationId = org.organisationId;
  const strategyId = (await org.admin.post(`/api/v1/orgs/${organisationId}/strategies`, { name, startYear: 2026, endYear: 2029 })).json().id;
  const [priority] = await t.ctx.db.insert(priorities).values({ organisationId, strategyId, title: 'One record', position: 0 }).returning();
  const programmeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId: priority!.id, name: 'Records' })).json().id;
  const initiative = async (title: string, status: string) => (await org.admin.post(`/api/v1/strategies/${strategyId}/initiatives`, { programmeId, title, start: '2026-01', end: '2027-12', status })).json().id as string;
  return { strategyId, initiative };
}

const digests = (org: SignedUpOrg) =>
  t.ctx.db.select().from(outboxMessages).where(and(eq(outboxMessages.organisationId, org.organisationId), like(outboxMessages.subject, 'Delivery updates and milestones overdue%')));

beforeAll(async () => {
  t = await startTestApp();
  busy = await signUpOrganisation(t.app, 'Busy Trust');
  quiet = await signUpOrganisation(t.app, 'Quiet Trust');
  teamEmail = (await addMember(t.app, busy, 'strategy_team')).email;
  leaderEmail = (await addMember(t.app, busy, 'leader')).email;

  const busyPlan = await plan(busy, 'Busy plan');
  const stale = await busyPlan.initiative('PAS switch-off', 'in_progress');
  await busy.admin.post(`/api/v1/initiatives/${stale}/updates`, { recordedOn: daysAgo(60), status: 'in_progress', rag: 'green', percentComplete: 30 });
  await busyPlan.initiative('Champions', 'in_progress');
  const fresh = await busyPlan.initiative('Training', 'in_progress');
  await busy.admin.post(`/api/v1/initiatives/${fresh}/updates`, { recordedOn: daysAgo(5), status: 'in_progress', rag: 'green', percentComplete: 10 });
  await busy.admin.post(`/api/v1/initiatives/${fresh}/milestones`, { title: 'Course live', dueOn: daysAgo(4) });
  await busy.admin.post(`/api/v1/initiatives/${fresh}/milestones`, { title: 'Course booked', dueOn: daysAgo(1) }).then((r) =>
    busy.admin.patch(`/api/v1/milestones/${r.json().id}`, { doneOn: daysAgo(1) }),
  );

  // Everything up to date: an initiative updated last week, a milestone not yet due, one planned.
  const quietPlan = await plan(quiet, 'Quiet plan');
  const going = await quietPlan.initiative('Letters', 'in_progress');
  await quiet.admin.post(`/api/v1/initiatives/${going}/updates`, { recordedOn: daysAgo(7), status: 'in_progress', rag: 'green', percentComplete: 50 });
  await quiet.admin.post(`/api/v1/initiatives/${going}/milestones`, { title: 'Go-live', dueOn: daysAgo(-10) });
  await quietPlan.initiative('Later', 'planned');
});
afterAll(() => t.close());

describe('the overdue digest', () => {
  it('emails the strategy team one digest of stale updates and overdue milestones, not the leaders', async () => {
    await sendDeliveryReminders(t.ctx, new Date(noon));
    const sent = await digests(busy);
    expect(sent.map((m) => m.to).sort()).toEqual([busy.email, teamEmail].sort());
    expect(sent.some((m) => m.to === leaderEmail)).toBe(false);
    const text = sent[0]!.text;
    expect(text).toContain('PAS switch-off: last updated');
    expect(text).toContain('Champions: never updated');
    expect(text).not.toContain('Training:');
    expect(text).toContain('Course live (Training): due');
    expect(text).toContain('4 days overdue');
    expect(text).not.toContain('Course booked');
    expect(text).toContain(`/orgs/${busy.organisationId}/strategies/`);
  });

  it('sends nothing when nothing is stale or overdue', async () => {
    expect(await digests(quiet)).toHaveLength(0);
  });

  it('does not send again within seven days, then does while something is still overdue', async () => {
    await sendDeliveryReminders(t.ctx, new Date(noon + 3 * DAY));
    await sendDeliveryReminders(t.ctx, new Date(noon + 7 * DAY - 60_000));
    expect(await digests(busy)).toHaveLength(2);
    await sendDeliveryReminders(t.ctx, new Date(noon + 7 * DAY));
    expect(await digests(busy)).toHaveLength(4);
    // Eleven days on, the quiet trust's milestone (due in ten) is overdue; its update (now 18 days old) is not stale yet.
    expect(await digests(quiet)).toHaveLength(0);
    await sendDeliveryReminders(t.ctx, new Date(noon + 11 * DAY));
    const quietDigest = await digests(quiet);
    expect(quietDigest).toHaveLength(1);
    expect(quietDigest[0]!.text).toContain('Go-live (Letters): due');
    expect(quietDigest[0]!.text).not.toContain('Letters: last updated');
  });
});
