import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/tables.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { developComments } from './tables.js';

/**
 * Comments on Develop items, through a mission version (the mission module registers it as a
 * subject): leaders and the team discuss, staff and other organisations cannot reach them.
 */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let team: Session;
let leader: Session;
let staff: Session;
let strategyId: string;
let otherStrategyId: string;
let versionId: string;
let otherStrategyVersionId: string;
let outsiderVersionId: string;

const strategy = async (owner: SignedUpOrg, name: string) => {
  const created = await owner.admin.post(`/api/v1/orgs/${owner.organisationId}/strategies`, { name, startYear: 2026, endYear: 2029 });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
};
const version = async (as: Session, strategy: string, mission: string) => {
  const created = await as.post(`/api/v1/strategies/${strategy}/mission/versions`, { mission });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
};

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Comment Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  team = (await addMember(t.app, org, 'strategy_team')).session;
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  strategyId = await strategy(org, 'Digital strategy');
  otherStrategyId = await strategy(org, 'Another strategy');
  versionId = await version(team, strategyId, 'Time back to care');
  otherStrategyVersionId = await version(team, otherStrategyId, 'Another mission');
  outsiderVersionId = await version(outsider.admin, await strategy(outsider, 'Theirs'), 'Their mission');
});
afterAll(() => t.close());

const url = (strategy = strategyId) => `/api/v1/strategies/${strategy}/comments`;
const list = (as: Session, subjectId = versionId, strategy = strategyId) => as.get(`${url(strategy)}?subjectType=mission&subjectId=${subjectId}`);
const add = (as: Session, body: string, subjectId = versionId, strategy = strategyId) => as.post(url(strategy), { subjectType: 'mission', subjectId, body });

describe('comments on a Develop item', () => {
  it('starts empty, and lets a leader and the team comment, listed oldest first with author, role and date', async () => {
    const empty = await list(leader);
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toEqual({ comments: [], can: { comment: true } });

    const byLeader = await add(leader, 'Patients are missing from this.\nCan it say what digital does for them?');
    expect(byLeader.statusCode, byLeader.body).toBe(201);
    expect(byLeader.json()).toMatchObject({ author: 'Member leader', authorRole: 'Senior leader', body: 'Patients are missing from this.\nCan it say what digital does for them?' });
    expect((await add(team, 'Agreed, we will add them')).statusCode).toBe(201);

    const listed = (await list(team)).json();
    expect(listed.comments.map((c: { author: string; authorRole: string }) => [c.author, c.authorRole])).toEqual([
      ['Member leader', 'Senior leader'],
      ['Member strategy_team', 'Strategy team'],
    ]);
    for (const c of listed.comments) {
      expect(c.createdOn).toMatch(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/);
      expect(new Date(c.createdAt).toISOString()).toBe(c.createdAt);
    }
    const audit = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'mission.comment_added'), eq(auditEvents.organisationId, org.organisationId)));
    expect(audit.map((a) => (a.after as { on: string }).on)).toEqual(['Mission version 1', 'Mission version 1']);
  });

  it('refuses staff with 403 and another organisation with 404, reading or writing', async () => {
    expect((await list(staff)).statusCode).toBe(403);
    expect((await add(staff, 'Staff view')).statusCode).toBe(403);
    expect((await list(outsider.admin)).statusCode).toBe(404);
    expect((await add(outsider.admin, 'Outsider view')).statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url: `${url()}?subjectType=mission&subjectId=${versionId}` });
    expect(anonymous.statusCode).toBe(401);
    const bodies = (await t.ctx.db.select().from(developComments)).map((c) => c.body);
    expect(bodies).not.toContain('Staff view');
    expect(bodies).not.toContain('Outsider view');
  });

  it('refuses a subject of another strategy, of another organisation, or that does not exist, with 404', async () => {
    for (const subjectId of [otherStrategyVersionId, outsiderVersionId, randomUUID()]) {
      const listed = await list(team, subjectId);
      expect(listed.statusCode, subjectId).toBe(404);
      expect(listed.json().detail).toMatch(/mission version was not found/);
      expect((await add(leader, 'Lost comment', subjectId)).statusCode, subjectId).toBe(404);
    }
    // Our own version named under another of our strategies: the path's strategy must be the version's.
    expect((await add(team, 'Lost comment', versionId, otherStrategyId)).statusCode).toBe(404);
    const lost = await t.ctx.db.select().from(developComments).where(eq(developComments.body, 'Lost comment'));
    expect(lost).toEqual([]);
  });

  it('refuses an empty comment or an unknown subject type with a clear message', async () => {
    for (const body of ['', '   \n ']) {
      const response = await add(leader, body);
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toMatch(/Write a comment before adding it/);
    }
    const tooLong = await add(leader, 'x'.repeat(5_001));
    expect(tooLong.statusCode).toBe(400);
    expect(JSON.stringify(tooLong.json())).toMatch(/5,000 characters or fewer/);
    const wrongType = await leader.post(url(), { subjectType: 'slide', subjectId: versionId, body: 'Hello' });
    expect(wrongType.statusCode).toBe(400);
    expect(JSON.stringify(wrongType.json())).toMatch(/must be a mission, priority/);
  });
});
