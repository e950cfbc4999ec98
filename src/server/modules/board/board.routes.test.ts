import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/tables.js';
import { addMember, signUpOrganisation, startTestApp, type Session, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { storeResponse } from '../../testing/responses.js';
import { createTestSurvey } from '../../testing/surveys.js';
import { loadSurveyDefinition } from '../surveys/index.js';
import { staffGroups } from '../workforce/index.js';
import { stickyNotes } from '../workshops/index.js';

/**
 * The board through its routes on a real database: 520 sticky notes from one workshop (the
 * "500 cards" case), 490 more from another (past the 1,000-card limit together), and a survey
 * answered by 12 nurses and 3 admin staff (a group below the threshold of 10, never filterable).
 */
let t: TestApp;
let org: SignedUpOrg;
let other: SignedUpOrg;
let team: Session;
let leader: Session;
let staff: Session;
let strategyId: string;
let bigWorkshop: string;
let adminGroup: string;
const boardUrl = () => `/api/v1/strategies/${strategyId}/board`;

async function workshopWithNotes(admin: Session, sid: string, title: string, n: number): Promise<string> {
  const workshop = (await admin.post(`/api/v1/strategies/${sid}/workshops`, { title, heldOn: '2026-02-03' })).json();
  const columnId = workshop.columns[0].id;
  const rows = Array.from({ length: n }, (_, i) => ({ workshopId: workshop.id, columnId, position: i, text: `${title} note ${i}: the rota system logs me out` }));
  await t.ctx.db.insert(stickyNotes).values(rows);
  return workshop.id;
}

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Board Trust');
  other = await signUpOrganisation(t.app, 'Other Trust');
  team = (await addMember(t.app, org, 'strategy_team')).session;
  leader = (await addMember(t.app, org, 'leader')).session;
  staff = (await addMember(t.app, org, 'staff')).session;
  strategyId = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json().id;
  bigWorkshop = await workshopWithNotes(org.admin, strategyId, 'Theatres', 520);
  await workshopWithNotes(org.admin, strategyId, 'Wards', 490);
  const groups = await t.ctx.db
    .insert(staffGroups)
    .values([{ organisationId: org.organisationId, name: 'Board nurses', position: 90 }, { organisationId: org.organisationId, name: 'Board admin', position: 91 }])
    .returning();
  adminGroup = groups[1]!.id;
  const survey = await createTestSurvey(t.ctx.db, org, strategyId, {
    sections: [{ title: 'All', questions: [{ ref: 'group', type: 'profile', dimension: 'staff_group' }, { ref: 'comment', type: 'long_text' }] }],
  });
  const definition = await loadSurveyDefinition(t.ctx.db, survey.surveyId);
  for (const [group, n] of [[groups[0]!.id, 12], [adminGroup, 3]] as const) {
    for (let i = 0; i < n; i += 1) {
      await storeResponse(t.ctx.db, { id: survey.surveyId, organisationId: org.organisationId }, definition, { [survey.q.group!]: group, [survey.q.comment!]: `Printing is slow ${i}` });
    }
  }
});
afterAll(() => t.close());

const auditCount = async (action: string) =>
  (await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(and(eq(auditEvents.organisationId, org.organisationId), like(auditEvents.action, action))))[0]!.n;

describe('the board: who may do what', () => {
  it('lets leaders read the board but not change it, refuses staff, and hides it from another organisation', async () => {
    expect((await leader.get(boardUrl())).statusCode).toBe(200);
    expect((await leader.get(boardUrl())).json().can).toEqual({ change: false, makeInsight: false });
    expect((await team.get(boardUrl())).json().can).toEqual({ change: true, makeInsight: true });
    expect((await leader.post(`${boardUrl()}/clusters`, { name: 'Logins' })).statusCode).toBe(403);
    const refused = await staff.get(boardUrl());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('affinity board');
    expect((await other.admin.get(boardUrl())).statusCode).toBe(404);
    expect((await other.admin.post(`${boardUrl()}/clusters`, { name: 'Logins' })).statusCode).toBe(404);
  });

  it('says what is wrong with bad input in plain English', async () => {
    const blank = await team.post(`${boardUrl()}/clusters`, { name: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('Enter a name for the cluster');
    expect((await team.post(`${boardUrl()}/cards`, {})).statusCode).toBe(400);
    expect((await team.post(`${boardUrl()}/moves`, { evidenceId: 'nope', clusterId: null, position: 0 })).statusCode).toBe(400);
    expect((await team.post(`${boardUrl()}/moves`, { evidenceId: strategyId, clusterId: null, position: -1 })).statusCode).toBe(400);
    expect((await team.get(`${boardUrl()}?perPile=0`)).statusCode).toBe(400);
  });
});

describe('putting evidence on the board', () => {
  it('refuses a filter by a group too small to show, saying why', async () => {
    const refused = await team.post(`${boardUrl()}/cards`, { filter: { staffGroupId: adminGroup } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('Too few people');
    expect((await team.get(boardUrl())).json().totalCards).toBe(0);
  });

  it('adds every item a filter finds once, and 500 cards come back through the route', async () => {
    const added = await team.post(`${boardUrl()}/cards`, { filter: { workshopId: bigWorkshop } });
    expect(added.json()).toEqual({ added: 520, alreadyOnBoard: 0, notQuotable: 0 });
    const again = await team.post(`${boardUrl()}/cards`, { filter: { workshopId: bigWorkshop } });
    expect(again.json()).toEqual({ added: 0, alreadyOnBoard: 520, notQuotable: 0 });

    const firstPage = (await leader.get(boardUrl())).json();
    expect(firstPage.unsorted.total).toBe(520);
    expect(firstPage.unsorted.cards).toHaveLength(60);
    const all = (await leader.get(`${boardUrl()}?perPile=1000`)).json();
    expect(all.unsorted.cards).toHaveLength(520);
    expect(new Set(all.unsorted.cards.map((c: { quote: { id: string } }) => c.quote.id)).size).toBe(520);
    expect(all.unsorted.cards[0].quote).toMatchObject({ source: 'sticky_note', whereFrom: expect.stringContaining('Theatres') });
  });

  it('refuses, before adding anything, what would take the board past 1,000 cards', async () => {
    const tooMany = await team.post(`${boardUrl()}/cards`, { filter: { source: ['sticky_note'] } });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().detail).toContain('The board holds at most 1,000 cards. It has 520 and this would add 490');
    expect((await team.get(boardUrl())).json().totalCards).toBe(520);
  });

  it('adds chosen items, and refuses ids that are not this strategy\'s evidence', async () => {
    const survey = (await team.get(`/api/v1/strategies/${strategyId}/evidence?source=survey_answer`)).json();
    const ids = survey.items.slice(0, 2).map((i: { id: string }) => i.id);
    expect((await team.post(`${boardUrl()}/cards`, { evidenceIds: ids })).json()).toEqual({ added: 2, alreadyOnBoard: 0, notQuotable: 0 });
    const foreign = await team.post(`${boardUrl()}/cards`, { evidenceIds: [...ids, other.organisationId] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().detail).toContain('not in this strategy');
  });
});

describe('clusters, moves and insights', () => {
  const ids = async () => (await team.get(`${boardUrl()}?perPile=1000`)).json();

  it('moves cards into a cluster by position, clamps a stale position, and renumbers only as needed', async () => {
    const board = await ids();
    const [a, b, c] = board.unsorted.cards.map((card: { quote: { id: string } }) => card.quote.id);
    const cluster = (await team.post(`${boardUrl()}/clusters`, { name: 'Staff are logged out of the rota system' })).json().id;
    expect((await team.post(`${boardUrl()}/moves`, { evidenceId: a, clusterId: cluster, position: 0 })).json()).toEqual({ clusterId: cluster, position: 0, total: 1 });
    expect((await team.post(`${boardUrl()}/moves`, { evidenceId: b, clusterId: cluster, position: 9999 })).json()).toEqual({ clusterId: cluster, position: 1, total: 2 });
    expect((await team.post(`${boardUrl()}/moves`, { evidenceId: c, clusterId: cluster, position: 0 })).json().position).toBe(0);
    const after = await ids();
    const moved = after.clusters.find((k: { id: string }) => k.id === cluster);
    expect(moved.cards.map((card: { quote: { id: string } }) => card.quote.id)).toEqual([c, a, b]);
    expect(after.unsorted.total).toBe(519);
    const positions = await t.ctx.db.execute(sql`select cluster_id, array_agg(position order by position) as p from board_cards where strategy_id = ${strategyId} group by cluster_id`);
    for (const row of (positions as unknown as { rows: { p: number[] }[] }).rows) expect(row.p).toEqual(row.p.map((_, i) => i));

    const gone = await team.post(`${boardUrl()}/moves`, { evidenceId: a, clusterId: org.organisationId, position: 0 });
    expect(gone.statusCode).toBe(400);
    expect(gone.json().detail).toContain('Reload the board');
    expect((await team.post(`${boardUrl()}/moves`, { evidenceId: org.organisationId, clusterId: null, position: 0 })).statusCode).toBe(404);
  });

  it('turns a cluster into an insight once, linking its cards as evidence, and shows its strength', async () => {
    const board = await ids();
    const cluster = board.clusters[0];
    const empty = (await team.post(`${boardUrl()}/clusters`, { name: 'Nothing yet' })).json().id;
    const none = await team.post(`/api/v1/board-clusters/${empty}/insight`);
    expect(none.statusCode).toBe(400);
    expect(none.json().detail).toContain('has no cards yet');
    expect((await leader.post(`/api/v1/board-clusters/${cluster.id}/insight`)).statusCode).toBe(403);

    const made = await team.post(`/api/v1/board-clusters/${cluster.id}/insight`);
    expect(made.statusCode).toBe(201);
    const again = await team.post(`/api/v1/board-clusters/${cluster.id}/insight`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ insightId: made.json().insightId, created: false });
    const insight = (await leader.get(`/api/v1/insights/${made.json().insightId}`)).json();
    expect(insight.statement).toBe('Staff are logged out of the rota system');
    const linked = (await leader.get(`/api/v1/insights/${made.json().insightId}/evidence`)).json();
    expect(linked.items.map((i: { id: string }) => i.id).sort()).toEqual(cluster.cards.map((c: { quote: { id: string } }) => c.quote.id).sort());
    const shown = (await leader.get(boardUrl())).json().clusters[0].insight;
    expect(shown).toMatchObject({ id: made.json().insightId, strength: { items: 3, sourceKinds: 1, level: 'emerging' } });
  });

  it('renames and reorders clusters, and deleting one returns its cards to the end of the unsorted pile', async () => {
    const before = await ids();
    const [first, second] = before.clusters;
    expect((await team.patch(`/api/v1/board-clusters/${second.id}`, { name: 'Later', position: 0 })).json()).toEqual({ id: second.id, name: 'Later', position: 0 });
    expect((await ids()).clusters.map((k: { id: string }) => k.id)).toEqual([second.id, first.id]);
    expect((await other.admin.patch(`/api/v1/board-clusters/${second.id}`, { name: 'Mine' })).statusCode).toBe(404);

    const deleted = await team.delete(`/api/v1/board-clusters/${first.id}`);
    expect(deleted.json()).toEqual({ cardsReturned: 3 });
    const after = await ids();
    expect(after.clusters.map((k: { id: string; position: number }) => [k.id, k.position])).toEqual([[second.id, 0]]);
    expect(after.unsorted.total).toBe(522);
    expect(after.unsorted.cards.slice(-3).map((c: { quote: { id: string } }) => c.quote.id)).toEqual(first.cards.map((c: { quote: { id: string } }) => c.quote.id));
    // The insight stands on its own evidence after the cluster that made it has gone.
    expect((await team.get(`/api/v1/insights/${first.insight.id}`)).statusCode).toBe(200);
  });

  it('takes a card off the board, closing the gap', async () => {
    const before = await ids();
    const card = before.unsorted.cards[5].quote.id;
    expect((await team.delete(`${boardUrl()}/cards/${card}`)).statusCode).toBe(200);
    expect((await team.delete(`${boardUrl()}/cards/${card}`)).statusCode).toBe(404);
    const after = await ids();
    expect(after.unsorted.total).toBe(before.unsorted.total - 1);
    const positions = await t.ctx.db.execute(sql`select array_agg(position order by position) as p from board_cards where strategy_id = ${strategyId} and cluster_id is null`);
    const p = (positions as unknown as { rows: { p: number[] }[] }).rows[0]!.p;
    expect(p).toEqual(p.map((_, i) => i));
  });

  it('writes an audit record for every change', async () => {
    expect(await auditCount('board.cards_added')).toBe(3);
    expect(await auditCount('board.card_moved')).toBe(3);
    expect(await auditCount('board.cluster_created')).toBe(2);
    expect(await auditCount('board.cluster_updated')).toBe(1);
    expect(await auditCount('board.cluster_deleted')).toBe(1);
    expect(await auditCount('board.card_removed')).toBe(1);
    expect(await auditCount('board.cluster_made_insight')).toBe(1);
    expect(await auditCount('insight.created')).toBe(1);
  });
});
