import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCommitmentText } from '../../../shared/contracts/partnership.js';
import { outboxMessages } from '../../platform/tables.js';
import { evidenceItems } from '../evidence/index.js';
import { organisations } from '../organisations/index.js';
import { surveyResponses } from '../surveys/index.js';
import { seedWorkforceDemo, staffGroups } from '../workforce/index.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { newTestStrategy } from '../../testing/surveys.js';
import { naughtyStrings } from '../../testing/test-data.js';
import { seedPartnershipDemo } from './demo.js';
import { sendDueReviewReminders } from './reminders.js';
import { answerThroughPages } from './test-helpers.js';
import { partnershipCommitments } from './tables.js';

/**
 * What 20 staff said, answering through the real respondent pages: 12 nurses, 6 admin staff and
 * 2 doctors, with a minimum group size of 5. The doctors must never appear as a number.
 */
let t: TestApp;
let org: SignedUpOrg;
let leader: Session;
let staff: Session;
let strategyId: string;
let versionId: string;
let surveyId: string;
const groups: Record<string, string> = {};
const COMMENT = 'Only if the service desk answers the phone before the patient goes home';

/** Every count in a JSON body: shown ones are 0 or at least the threshold. */
function shownCounts(value: unknown, out: number[] = []): number[] {
  if (Array.isArray(value)) value.forEach((v) => shownCounts(v, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('suppressed' in record && typeof record.value === 'number') out.push(record.value);
    for (const [key, v] of Object.entries(record)) if (key !== 'value') shownCounts(v, out);
  }
  return out;
}

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Results Trust');
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  await t.ctx.db.update(organisations).set({ minGroupSize: 5 }).where(eq(organisations.id, org.organisationId));
  // Only these three groups: the defaults go, so the comparison has exactly them and "Not stated".
  await t.ctx.db.delete(staffGroups).where(eq(staffGroups.organisationId, org.organisationId));
  const rows = await t.ctx.db.insert(staffGroups).values(['Nursing', 'Admin', 'Doctors'].map((name, position) => ({ organisationId: org.organisationId, name, position }))).returning();
  for (const row of rows) groups[row.name] = row.id;
  strategyId = await newTestStrategy(org);
  versionId = (await org.admin.post(`/api/v1/strategies/${strategyId}/partnership/versions`)).json().id;
  const url = `/api/v1/partnership-versions/${versionId}/commitments`;
  await org.admin.post(url, { side: 'staff_can_expect', text: 'We will fix the things that waste your time first, and tell you what we fixed' });
  await org.admin.post(url, { side: 'we_ask_of_staff', text: 'Tell us when a system gets in the way of care, through the service desk or your digital champion' });
  const published = await org.admin.post(`/api/v1/partnership-versions/${versionId}/publish`);
  surveyId = published.json().surveyId;
  const [expect_, ask] = await t.ctx.db.select().from(partnershipCommitments).where(eq(partnershipCommitments.versionId, versionId)).orderBy(partnershipCommitments.side);
  const [group] = (await org.admin.get(`/api/v1/surveys/${surveyId}`)).json().questions as { id: string }[];
  const people: { group: string; expect: string; ask: string; comment?: string }[] = [
    ...Array.from({ length: 12 }, (_, i) => ({ group: 'Nursing', expect: i < 7 ? 'yes' : 'not_quite', ask: 'yes', ...(i === 8 ? { comment: COMMENT } : {}) })),
    ...Array.from({ length: 6 }, () => ({ group: 'Admin', expect: 'yes', ask: 'yes' })),
    ...Array.from({ length: 2 }, () => ({ group: 'Doctors', expect: 'not_quite', ask: 'not_quite' })),
  ];
  for (const person of people) {
    const fields: Record<string, string> = { [`q_${group!.id}`]: groups[person.group]!, [`q_${expect_!.questionId}`]: person.expect, [`q_${ask!.questionId}`]: person.ask };
    if (person.comment) fields[`q_${expect_!.commentQuestionId}`] = person.comment;
    const location = await answerThroughPages(t.app, published.json().openLinkSlug, fields);
    expect(location).toMatch(/\/done$/);
  }
}, 120_000);
afterAll(() => t.close());

describe('results', () => {
  it('counts every response sent through the staff pages', async () => {
    const responses = await t.ctx.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
    expect(responses).toHaveLength(20);
  });

  it('shows yes and not quite per commitment and by staff group, never a group smaller than 5', async () => {
    const response = await org.admin.get(`/api/v1/partnership-versions/${versionId}/results`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.threshold).toBe(5);
    expect(body.respondents).toEqual({ value: 20, suppressed: false });
    const [expectResult] = body.commitments;
    expect(expectResult.side).toBe('staff_can_expect');
    expect(expectResult.yes).toEqual({ count: { value: 13, suppressed: false }, percent: 65 });
    expect(expectResult.notQuite).toEqual({ count: { value: 7, suppressed: false }, percent: 35 });
    const byGroup = Object.fromEntries(expectResult.byStaffGroup.map((g: { label: string }) => [g.label, g]));
    expect(byGroup.Nursing.respondents).toEqual({ value: 12, suppressed: false });
    expect(byGroup.Doctors.respondents).toEqual({ value: null, suppressed: true });
    expect(byGroup.Doctors.yes.count.value).toBeNull();
    expect(byGroup.Doctors.notQuite.count.value).toBeNull();
    // Complementary suppression: with the doctors hidden, another group is hidden too, so the
    // doctors cannot be found by subtracting the shown groups from the total.
    const hidden = expectResult.byStaffGroup.filter((g: { respondents: { suppressed: boolean } }) => g.respondents.suppressed);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const counts = shownCounts(body);
    expect(counts.length).toBeGreaterThan(10);
    for (const count of counts) expect(count === 0 || count >= 5, `a shown count of ${count}`).toBe(true);
    expect(response.body).not.toMatch(/"value":[1-4][,}]/);
  });

  it('takes a comment into the evidence library and counts it', async () => {
    const [item] = await t.ctx.db.select().from(evidenceItems).where(and(eq(evidenceItems.surveyId, surveyId), eq(evidenceItems.source, 'survey_answer')));
    expect(item!.text).toBe(COMMENT);
    const body = (await org.admin.get(`/api/v1/partnership-versions/${versionId}/results`)).json();
    expect(body.commitments[0].comments).toBe(1);
    expect(body.comments).toBe(1);
  });

  it('lets leaders read the results; staff may not; a draft has none', async () => {
    expect((await leader.get(`/api/v1/partnership-versions/${versionId}/results`)).statusCode).toBe(200);
    expect((await staff.get(`/api/v1/partnership-versions/${versionId}/results`)).statusCode).toBe(403);
    const draft = (await org.admin.post(`/api/v1/strategies/${strategyId}/partnership/versions`)).json().id;
    const none = await org.admin.get(`/api/v1/partnership-versions/${draft}/results`);
    expect(none.statusCode).toBe(409);
    expect(none.json().detail).toBe('Version 2 has not been put to staff yet, so there are no results.');
  });
});

describe('the review reminder', () => {
  it('emails the strategy team once, on the review date', async () => {
    expect((await org.admin.post(`/api/v1/partnership-versions/${versionId}/agree`, { reviewOn: '2031-01-10' })).statusCode).toBe(200);
    const sent = () =>
      t.ctx.db.select().from(outboxMessages).where(and(eq(outboxMessages.to, org.email), eq(outboxMessages.organisationId, org.organisationId)));
    const reminders = async () => (await sent()).filter((m) => m.subject.startsWith('Time to review the staff partnership'));
    // The job covers every organisation, and the PostgreSQL test database is shared between test
    // files, so count only the messages this organisation received.
    await sendDueReviewReminders(t.ctx, '2031-01-09');
    expect(await reminders()).toHaveLength(0);
    expect(await sendDueReviewReminders(t.ctx, '2031-01-10')).toBeGreaterThanOrEqual(1);
    expect(await reminders()).toHaveLength(1);
    await sendDueReviewReminders(t.ctx, '2031-01-11');
    const [message] = await reminders();
    expect(message!.text).toContain('10 January 2031');
    expect(message!.text).toContain(`/strategies/${strategyId}/partnership`);
    expect(await reminders()).toHaveLength(1);
    // A new review date is reminded of again, on its day.
    await org.admin.patch(`/api/v1/partnership-versions/${versionId}`, { reviewOn: '2032-01-10' });
    await sendDueReviewReminders(t.ctx, '2031-06-01');
    expect(await reminders()).toHaveLength(1);
    await sendDueReviewReminders(t.ctx, '2032-01-10');
    expect(await reminders()).toHaveLength(2);
  });
});

describe('naughty strings', () => {
  it('stores every commitment text exactly as the contract reads it, or refuses it naming the field', async () => {
    const blns = await newTestStrategy(org);
    const draft = (await org.admin.post(`/api/v1/strategies/${blns}/partnership/versions`)).json().id;
    const { strings } = naughtyStrings();
    const stored: string[] = [];
    for (const text of strings) {
      const response = await org.admin.post(`/api/v1/partnership-versions/${draft}/commitments`, { side: 'staff_can_expect', text });
      const parsed = ZCommitmentText.safeParse(text);
      if (parsed.success) {
        expect(response.statusCode, text).toBe(201);
        stored.push(parsed.data);
      } else {
        expect(response.statusCode, text).toBe(400);
        expect(JSON.stringify(response.json().errors ?? response.json()), text).toMatch(/commitment/i);
      }
    }
    expect(stored.length).toBeGreaterThan(strings.length / 2);
    const read = (await org.admin.get(`/api/v1/strategies/${blns}/partnership`)).json();
    expect(read.current.commitments.staff_can_expect.map((c: { text: string }) => c.text)).toEqual(stored);
  }, 120_000);
});

describe('the demo', () => {
  it('seeds an agreed version with staff responses, and a group hidden in its results', async () => {
    const demo = await signUpOrganisation(t.app, 'Demo-like Trust');
    await t.ctx.db.transaction((tx) => seedWorkforceDemo(tx, demo.organisationId));
    const demoStrategy = await newTestStrategy(demo);
    await seedPartnershipDemo(t.ctx, demo.organisationId, demoStrategy);
    await seedPartnershipDemo(t.ctx, demo.organisationId, demoStrategy);
    const read = (await demo.admin.get(`/api/v1/strategies/${demoStrategy}/partnership`)).json();
    expect(read.versions).toHaveLength(1);
    expect(read.current).toMatchObject({ status: 'agreed', number: 1 });
    expect(read.current.commitments.staff_can_expect).toHaveLength(5);
    expect(read.current.commitments.we_ask_of_staff).toHaveLength(5);
    expect(read.current.reviewOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const results = (await demo.admin.get(`/api/v1/partnership-versions/${read.current.id}/results`)).json();
    expect(results.respondents.value).toBeGreaterThanOrEqual(40);
    const groupsOf = results.commitments[0].byStaffGroup as { label: string; respondents: { value: number | null } }[];
    expect(groupsOf.find((g) => g.label === 'Medical and Dental')!.respondents.value).toBeNull();
    expect(groupsOf.find((g) => g.label === 'Nursing and Midwifery Registered')!.respondents.value).toBe(20);
    // Whole groups answer alike in the demo, so the large groups' answers show, not only their size.
    const shownAnswers = results.commitments.flatMap((c: { byStaffGroup: { yes: { count: { value: number | null } } }[] }) => c.byStaffGroup.map((g) => g.yes.count.value)).filter((v: number | null) => v !== null);
    expect(shownAnswers.length).toBeGreaterThanOrEqual(20);
    for (const count of shownCounts(results)) expect(count === 0 || count >= 10).toBe(true);
  }, 60_000);
});
