import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../testing/harness.js';
import { demoStrategy } from '../../testing/demo-strategy.js';

/** What a new user finds in the demo trust's Deliver phase: two versions, the second signed off and published. */
let t: TestApp;
let team: Session;
let strategyId: string;

beforeAll(async () => {
  t = await startTestApp();
  ({ session: team, strategyId } = await demoStrategy(t));
});
afterAll(() => t.close());

describe('the demo trust’s strategy document', () => {
  it('has a first version for consultation and a second signed off by two executives and published', async () => {
    const page = (await team.get(`/api/v1/strategies/${strategyId}/document`)).json();
    const [second, first] = page.versions.slice(-2).length === 2 ? [page.versions.at(-2), page.versions.at(-1)] : [];
    expect(first).toMatchObject({ number: 1, state: 'frozen', changeNote: 'Draft for staff to comment on' });
    expect(second).toMatchObject({ number: 2 });
    expect(['published', 'superseded']).toContain(second.state);
    const signOff = (await team.get(`/api/v1/document-versions/${second.id}/sign-off`)).json();
    expect(signOff.rounds[0].status).toBe('signed_off');
    expect(signOff.rounds[0].approvers.map((a: { name: string; decision: string }) => [a.name, a.decision]).sort()).toEqual([
      ['Claire Ashby', 'approved'],
      ['Dr Sam Whitfield', 'approved'],
    ]);
    const compare = (await team.get(`/api/v1/document-versions/${first.id}/compare/${second.id}`)).json();
    expect(compare.sections.filter((s: { change: string }) => s.change !== 'unchanged').map((s: { key: string }) => s.key)).toEqual(['foreword']);
  });

  it('is readable at its public address without an account', async () => {
    const page = (await team.get(`/api/v1/strategies/${strategyId}/document`)).json();
    const published = page.versions.find((v: { state: string }) => v.state === 'published');
    const address = new URL((await team.get(`/api/v1/document-versions/${published.id}`)).json().publicAddress).pathname;
    expect(address).toMatch(/^\/p\/northbridge-cancer-centre-[a-z-]*digital-strategy-2026-to-2029$/);
    const contents = await t.app.inject({ method: 'GET', url: address });
    expect(contents.statusCode).toBe(200);
    expect(contents.body).toContain('Digital strategy 2026 to 2029');
    expect(contents.body).toContain('Northbridge Cancer Centre');
    const youSaid = await t.app.inject({ method: 'GET', url: `${address}/you-said-we-did/we-did` });
    expect(youSaid.statusCode).toBe(200);
    expect(youSaid.body).toContain('Delivered');
  });
});
