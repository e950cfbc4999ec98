import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { seedMissionDemo } from './demo.js';

let t: TestApp;
let org: SignedUpOrg;
let leader: Session;

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Demo Cancer Centre');
  leader = (await addMember(t.app, org, 'leader')).session;
});
afterAll(() => t.close());

describe('the mission demo', () => {
  it('gives a first draft, an agreed second version, and a leader comment on the draft, read through the API', async () => {
    const strategy = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Digital strategy', startYear: 2026, endYear: 2029 });
    const strategyId = strategy.json().id as string;
    const team = (await org.admin.get('/api/v1/me')).json().user.id as string;
    const leaderId = (await leader.get('/api/v1/me')).json().user.id as string;
    const { draftId, agreedId } = await t.ctx.db.transaction((tx) =>
      seedMissionDemo(tx, { organisationId: org.organisationId, strategyId, authorUserIds: { team, leader: leaderId } }),
    );
    const page = (await leader.get(`/api/v1/strategies/${strategyId}/mission`)).json();
    expect(page.agreedId).toBe(agreedId);
    expect(page.versions.map((v: { number: number; state: string }) => [v.number, v.state])).toEqual([[2, 'agreed'], [1, 'superseded']]);
    expect(page.versions[0].mission).toMatch(/time back to care/);
    expect(page.versions[0].agreedBy).toBe('Ada Admin');
    const comments = (await leader.get(`/api/v1/strategies/${strategyId}/comments?subjectType=mission&subjectId=${draftId}`)).json();
    expect(comments.comments).toHaveLength(1);
    expect(comments.comments[0]).toMatchObject({ author: 'Member leader', authorRole: 'Senior leader' });
    const compared = (await leader.get(`/api/v1/mission-versions/${draftId}/compare/${agreedId}`)).json();
    expect(compared.fields.every((f: { changed: boolean }) => f.changed)).toBe(true);
  });
});
