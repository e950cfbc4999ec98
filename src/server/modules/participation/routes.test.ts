import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { interviews } from '../interviews/index.js';
import { createTestSurvey, newTestStrategy, openLinkOf } from '../../testing/surveys.js';
import { surveyInvitations } from '../surveys/index.js';
import { workshops } from '../workshops/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
const question = { title: 'About you', questions: [{ ref: 'q', type: 'short_text' as const, title: 'Anything to add?' }] };

async function trust() {
  const org = await signUpOrganisation(t.app, 'Northbridge Test Trust');
  const strategyId = await newTestStrategy(org);
  const staff = await addMember(t.app, org, 'staff');
  const leader = await addMember(t.app, org, 'leader');
  const url = `/api/v1/orgs/${org.organisationId}/me/participation`;
  return { org, strategyId, staff, leader, url };
}

describe('what is open to a member', () => {
  it('lists open surveys with the way in, never another person’s invitation, and earlier ones without results for staff', async () => {
    const { org, strategyId, staff, leader, url } = await trust();
    const withLink = await createTestSurvey(t.ctx.db, org, strategyId, { title: 'Open to all', closesAt: day(10), sections: [question] });
    const slug = await openLinkOf(org, withLink.surveyId);
    const mine = await createTestSurvey(t.ctx.db, org, strategyId, { title: 'Invited: me', sections: [question] });
    const theirs = await createTestSurvey(t.ctx.db, org, strategyId, { title: 'Invited: someone else', sections: [question] });
    await t.ctx.db.insert(surveyInvitations).values([
      { surveyId: mine.surveyId, email: staff.email.toUpperCase(), sent: true },
      { surveyId: theirs.surveyId, email: 'someone.else@example.org', sent: true, tokenHash: randomUUID() },
    ]);
    await createTestSurvey(t.ctx.db, org, strategyId, { title: 'Still a draft', status: 'draft', sections: [question] });
    await createTestSurvey(t.ctx.db, org, strategyId, { title: 'Not open yet', opensAt: day(3), sections: [question] });
    await createTestSurvey(t.ctx.db, org, strategyId, { title: 'Last year', status: 'closed', closesAt: day(-30), sections: [question] });

    const seen = await staff.session.get(url);
    expect(seen.statusCode).toBe(200);
    const body = seen.json();
    expect(body.role).toBe('staff');
    expect(body.openSurveys.map((s: { title: string }) => s.title).sort()).toEqual(['Invited: me', 'Open to all']);
    expect(body.openSurveys.find((s: { title: string }) => s.title === 'Open to all').howToTakePart).toEqual({
      kind: 'open_link',
      path: `/s/${slug}`,
      needsAccessCode: false,
    });
    expect(body.openSurveys.find((s: { title: string }) => s.title === 'Invited: me').howToTakePart).toEqual({ kind: 'invitation', email: staff.email });
    expect(JSON.stringify(body)).not.toContain('someone.else');
    expect(body.earlierSurveys).toMatchObject([{ title: 'Last year', results: null }]);
    expect(body.interviews).toBeNull();
    expect(body.can.readResults).toBe(false);

    // A senior leader may read results: the earlier survey carries its summary.
    const led = (await leader.session.get(url)).json();
    expect(led.earlierSurveys).toMatchObject([{ title: 'Last year', results: { responses: 0 } }]);
    expect(led.openSurveys.map((s: { title: string }) => s.title)).toEqual(['Open to all']);
  });

  it('shows workshops to come and held, and a leader’s interviews with their own first', async () => {
    const { strategyId, staff, leader, url } = await trust();
    await t.ctx.db.insert(workshops).values([
      { strategyId, title: 'Outpatients', heldOn: day(7).toISOString().slice(0, 10), facilitator: 'Hannah Wells' },
      { strategyId, title: 'Theatres', heldOn: day(-7).toISOString().slice(0, 10) },
    ]);
    await t.ctx.db.insert(interviews).values([
      { strategyId, intervieweeRole: 'Chief Nurse', heldOn: '2026-02-01', consent: 'notes' },
      { strategyId, intervieweeRole: 'Medical Director', intervieweeName: 'member LEADER', heldOn: '2026-01-01', consent: 'notes' },
    ]);
    const body = (await staff.session.get(url)).json();
    expect(body.upcomingWorkshops).toMatchObject([{ title: 'Outpatients', facilitator: 'Hannah Wells' }]);
    expect(body.earlierWorkshops).toMatchObject([{ title: 'Theatres' }]);
    const led = (await leader.session.get(url)).json();
    expect(led.interviews).toMatchObject([
      { intervieweeRole: 'Medical Director', withYou: true },
      { intervieweeRole: 'Chief Nurse', withYou: false },
    ]);
  });

  it('leaves out archived strategies and refuses people outside the organisation', async () => {
    const { org, strategyId, staff, url } = await trust();
    await createTestSurvey(t.ctx.db, org, strategyId, { title: 'Archived with its strategy', status: 'closed', sections: [question] });
    expect((await staff.session.get(url)).json().earlierSurveys).toHaveLength(1);
    const archived = await org.admin.post(`/api/v1/strategies/${strategyId}/archive`, {});
    expect(archived.statusCode).toBe(200);
    expect((await staff.session.get(url)).json().earlierSurveys).toEqual([]);

    const other = await signUpOrganisation(t.app);
    expect((await other.admin.get(url)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});

describe('refusals in plain English', () => {
  it('says who may, and who to ask, naming the organisation', async () => {
    const { org, staff } = await trust();
    const audit = await staff.session.get(`/api/v1/orgs/${org.organisationId}/audit`);
    expect(audit.statusCode).toBe(403);
    expect(audit.json().detail).toBe('Only admins can see the audit trail. Ask an admin of Northbridge Test Trust if you need to.');
    const outbox = await staff.session.get(`/api/v1/orgs/${org.organisationId}/outbox`);
    expect(outbox.json().detail).toBe('Only admins can see the outbox of emails. Ask an admin of Northbridge Test Trust if you need to.');
  });
});
