import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/tables.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { seedPlayback } from './testing-playback.js';

/**
 * The playback on a real database: who may see it and when, reactions one per person, and no
 * small group named anywhere in the pack.
 */
let t: TestApp;
let org: SignedUpOrg;
let outsider: SignedUpOrg;
let team: Session;
let leader: Session;
let otherLeader: Session;
let staff: Session;
let strategyId: string;
let strong: string;
let weak: string;
let evidence: Awaited<ReturnType<typeof seedPlayback>>['evidence'];

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Playback Trust');
  outsider = await signUpOrganisation(t.app, 'Other Trust');
  team = (await addMember(t.app, org, 'strategy_team')).session;
  leader = (await addMember(t.app, org, 'leader')).session;
  otherLeader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  ({ strategyId, evidence } = await seedPlayback(t, org));
  const create = async (statement: string, evidenceIds: string[]) =>
    (await org.admin.post(`/api/v1/strategies/${strategyId}/insights`, { statement, evidenceIds })).json().id as string;
  weak = await create('Printers slow letters', [...evidence.printer, ...evidence.note]);
  strong = await create('Rota tools fail staff at night', [...evidence.rota, ...evidence.passwords, ...evidence.printer, ...evidence.note, ...evidence.interview]);
});
afterAll(() => t.close());

const url = () => `/api/v1/strategies/${strategyId}/playback`;
const react = (who: Session, insightId: string, body: unknown) => who.put(`/api/v1/insights/${insightId}/reaction`, body);

describe('playback', () => {
  it('is the team’s until shared: leaders and staff are refused, another organisation does not find it', async () => {
    expect((await team.get(url())).statusCode).toBe(200);
    const refused = await leader.get(url());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('not shared this playback yet');
    expect((await leader.get(`${url()}.docx`)).statusCode).toBe(403);
    expect((await react(leader, strong, { reaction: 'agree' })).statusCode).toBe(403);
    expect((await staff.get(url())).statusCode).toBe(403);
    expect((await leader.post(`${url()}/share`)).statusCode).toBe(403);
    expect((await outsider.admin.get(url())).statusCode).toBe(404);
    expect((await outsider.admin.put(`/api/v1/insights/${strong}/reaction`, { reaction: 'agree' })).statusCode).toBe(404);
    expect((await leader.get(`/api/v1/orgs/${org.organisationId}/playbacks/waiting`)).json().playbacks).toEqual([]);
  });

  it('assembles what we heard, who from, insights strongest first, charts, estate and maturity', async () => {
    const patched = await team.patch(url(), { intro: '**Thank you** to everyone who took part.' });
    expect(patched.statusCode).toBe(200);
    const pack = patched.json();
    expect(pack.intro).toBe('**Thank you** to everyone who took part.');
    expect(pack.heard.evidence).toEqual({ survey: 24, interview: 1, workshop: 1, system: 0 });
    expect(pack.heard).toMatchObject({ interviews: 1, workshops: 1, surveys: [{ title: 'Digital experience', responses: { value: 24, suppressed: false } }] });
    expect(pack.coverage[0]).toMatchObject({ headcount: 131, responses: { value: 24 } });
    // Who is still unheard is the coverage page's own finding, with names in place of ids.
    const page = (await team.get(`/api/v1/surveys/${pack.coverage[0].surveyId}/coverage`)).json();
    const label = (key: string, list: { key: string; label: string }[]) => list.find((o) => o.key === key)!.label;
    const named = (g: { staffGroup: string; division: string }) => ({ staffGroup: label(g.staffGroup, page.staffGroups), division: label(g.division, page.divisions) });
    expect(pack.coverage[0].neverHeard).toEqual(page.neverHeard.map(named));
    expect(pack.coverage[0].belowTarget).toEqual(page.belowTarget.map(named));
    expect(pack.coverage[0].neverHeard).toContainEqual({ staffGroup: 'Nursing', division: 'Estates' });
    expect(pack.insights.map((i: { id: string }) => i.id)).toEqual([strong, weak]);
    expect(pack.insights[0].strength).toMatchObject({ level: 'strong', items: 26 });
    expect(pack.insights[0].voices.leaders.whereFrom).toBe('Interview with the Medical Director');
    expect(pack.charts).toHaveLength(1);
    expect(pack.charts[0].title).toBe('Our systems help me do my job');
    expect(pack.charts[0].bars.map((b: { label: string }) => b.label)).toContain('Strongly agree');
    expect(pack.estate).toMatchObject({ systems: 2, time: { invest: 1, migrate: 1, tolerate: 0, eliminate: 0, unrated: 0 } });
    expect(pack.estate.contractsEnding.map((s: { name: string }) => s.name)).toEqual(['Rota Manager']);
    expect(pack.maturity).toBeNull();
    expect(pack.can).toMatchObject({ update: true, share: true, react: true, seeReactions: true });
    const audit = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'playback.intro_updated'), eq(auditEvents.subjectId, strategyId)));
    expect(audit).toHaveLength(1);
  });

  it('never names a group below the threshold: every shown count is 0 or at least 5, and no quote says Admin', async () => {
    const pack = (await team.get(url())).json();
    const counts: number[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if ('suppressed' in record && typeof record.value === 'number') counts.push(record.value);
        Object.values(record).forEach(walk);
      }
    };
    walk([pack.heard, pack.coverage, pack.charts]);
    expect(counts.length).toBeGreaterThan(5);
    for (const n of counts) expect(n === 0 || n >= 5).toBe(true);
    for (const insight of pack.insights) {
      for (const spread of [insight.strength.divisions, insight.strength.staffGroups]) {
        expect(spread.named.map((r: { label: string }) => r.label)).not.toContain('Admin');
        for (const row of spread.named) expect(row.count).toBeGreaterThanOrEqual(5);
      }
      for (const quote of [insight.voices.leaders, insight.voices.staff].filter(Boolean)) expect(quote.segment.staffGroup).not.toBe('Admin');
    }
    expect(JSON.stringify(pack)).not.toContain('Hidden Name');
  });

  it('shares with leaders, who react once per insight and may change their mind; the team sees who said what', async () => {
    expect((await team.post(`${url()}/share`)).statusCode).toBe(200);
    const waiting = (await leader.get(`/api/v1/orgs/${org.organisationId}/playbacks/waiting`)).json().playbacks;
    expect(waiting).toMatchObject([{ strategyId, strategyName: 'Digital plan', insights: 2, reacted: 0 }]);
    const seen = (await leader.get(url())).json();
    expect(seen.can).toMatchObject({ update: false, share: false, react: true, seeReactions: false });

    expect((await react(leader, strong, { reaction: 'agree' })).statusCode).toBe(200);
    const changed = await react(leader, strong, { reaction: 'surprised', comment: 'I thought nights were fixed' });
    expect(changed.json()).toMatchObject({ reaction: 'surprised', comment: 'I thought nights were fixed' });
    await react(otherLeader, strong, { reaction: 'agree' });
    expect((await react(leader, strong, { reaction: 'meh' })).statusCode).toBe(400);
    expect((await react(staff, strong, { reaction: 'agree' })).statusCode).toBe(403);

    const mine = (await leader.get(url())).json().insights.find((i: { id: string }) => i.id === strong).reactions;
    expect(mine).toMatchObject({ counts: { agree: 1, surprised: 1, disagree: 0 }, mine: { reaction: 'surprised' }, all: null });
    const theirs = (await team.get(url())).json().insights.find((i: { id: string }) => i.id === strong).reactions;
    expect(theirs.mine).toBeNull();
    expect(theirs.all).toHaveLength(2);
    expect(theirs.all).toContainEqual(expect.objectContaining({ name: 'Member leader', role: 'leader', reaction: 'surprised', comment: 'I thought nights were fixed' }));
    const audit = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.subjectId, strong));
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('playback.')).sort()).toEqual(['playback.reacted', 'playback.reacted', 'playback.reaction_changed']);
    expect((await leader.get(`/api/v1/orgs/${org.organisationId}/playbacks/waiting`)).json().playbacks[0].reacted).toBe(1);
  });

  it('stops sharing: leaders are refused again and sharing twice records one change', async () => {
    await team.post(`${url()}/share`);
    const shared = await t.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'playback.shared'), eq(auditEvents.subjectId, strategyId)));
    expect(shared).toHaveLength(1);
    expect((await team.post(`${url()}/unshare`)).statusCode).toBe(200);
    expect((await leader.get(url())).statusCode).toBe(403);
    expect((await react(otherLeader, weak, { reaction: 'agree' })).statusCode).toBe(403);
  });
});
