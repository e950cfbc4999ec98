import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { stickyNotes } from '../workshops/index.js';
import { placed } from './piles.js';

/**
 * Any sequence of moves, through the route, leaves every pile numbered 0..n-1 with no card lost
 * or doubled, and in the order a simple model of the board predicts.
 */
let t: TestApp;
let org: SignedUpOrg;

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Moves Trust');
});
afterAll(() => t.close());

describe('placing a card in a pile', () => {
  it('keeps every card once and puts the moved one where asked, clamped to the pile', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 12 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), (pile, id, position) => {
        const order = pile.map(String);
        const out = placed(order, String(id), position);
        expect([...out].sort()).toEqual([...new Set([...order, String(id)])].sort());
        const rest = order.filter((x) => x !== String(id));
        expect(out.indexOf(String(id))).toBe(Math.min(position, rest.length));
        expect(out.filter((x) => x !== String(id))).toEqual(rest);
      }),
    );
  });
});

describe('moves through the route', () => {
  it('keep positions 0..n-1 in every pile, whatever the sequence', async () => {
    const cards = 8;
    const clusters = 3;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ card: fc.nat(cards - 1), pile: fc.nat(clusters), position: fc.nat(cards + 2) }), { minLength: 1, maxLength: 12 }),
        async (moves) => {
          const strategyId = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json().id;
          const url = `/api/v1/strategies/${strategyId}/board`;
          const workshop = (await org.admin.post(`/api/v1/strategies/${strategyId}/workshops`, { title: 'Day unit', heldOn: '2026-02-03' })).json();
          await t.ctx.db.insert(stickyNotes).values(Array.from({ length: cards }, (_, i) => ({ workshopId: workshop.id, columnId: workshop.columns[0].id, position: i, text: `Note ${i}` })));
          await org.admin.post(`${url}/cards`, { filter: { workshopId: workshop.id } });
          const pileIds: (string | null)[] = [null];
          for (let i = 0; i < clusters; i += 1) pileIds.push((await org.admin.post(`${url}/clusters`, { name: `Cluster ${i}` })).json().id);
          const start = (await org.admin.get(url)).json();
          const ids: string[] = start.unsorted.cards.map((c: { quote: { id: string } }) => c.quote.id);
          // The model: each pile's order, changed by the same pure rule the command uses.
          const model = new Map<string | null, string[]>(pileIds.map((p) => [p, p === null ? [...ids] : []]));
          for (const move of moves) {
            const id = ids[move.card]!;
            const target = pileIds[move.pile]!;
            for (const [pile, order] of model) if (pile !== target) model.set(pile, order.filter((x) => x !== id));
            model.set(target, placed(model.get(target)!, id, move.position));
            const response = await org.admin.post(`${url}/moves`, { evidenceId: id, clusterId: target, position: move.position });
            expect(response.statusCode, response.body).toBe(200);
          }
          const rows = await t.ctx.db.execute(sql`
            select cluster_id, array_agg(evidence_item_id::text order by position) as ids, array_agg(position order by position) as positions
            from board_cards where strategy_id = ${strategyId} group by cluster_id`);
          const actual = new Map((rows as unknown as { rows: { cluster_id: string | null; ids: string[]; positions: number[] }[] }).rows.map((r) => [r.cluster_id, r]));
          for (const [pile, order] of model) {
            const row = actual.get(pile);
            expect(row?.ids ?? [], JSON.stringify(moves)).toEqual(order);
            expect(row?.positions ?? []).toEqual(order.map((_, i) => i));
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('keep positions 0..n-1 when many moves arrive at once (the board lock serialises them)', async () => {
    const strategyId = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Busy', startYear: 2026, endYear: 2029 })).json().id;
    const url = `/api/v1/strategies/${strategyId}/board`;
    const workshop = (await org.admin.post(`/api/v1/strategies/${strategyId}/workshops`, { title: 'Busy unit', heldOn: '2026-02-03' })).json();
    await t.ctx.db.insert(stickyNotes).values(Array.from({ length: 12 }, (_, i) => ({ workshopId: workshop.id, columnId: workshop.columns[0].id, position: i, text: `Busy ${i}` })));
    await org.admin.post(`${url}/cards`, { filter: { workshopId: workshop.id } });
    const clusters = [(await org.admin.post(`${url}/clusters`, { name: 'A' })).json().id, (await org.admin.post(`${url}/clusters`, { name: 'B' })).json().id];
    const ids: string[] = (await org.admin.get(url)).json().unsorted.cards.map((c: { quote: { id: string } }) => c.quote.id);
    const responses = await Promise.all(ids.map((id, i) => org.admin.post(`${url}/moves`, { evidenceId: id, clusterId: clusters[i % 2], position: 0 })));
    expect(responses.map((r) => r.statusCode)).toEqual(ids.map(() => 200));
    const rows = await t.ctx.db.execute(sql`
      select cluster_id, array_agg(position order by position) as positions from board_cards where strategy_id = ${strategyId} group by cluster_id`);
    const piles = (rows as unknown as { rows: { cluster_id: string | null; positions: number[] }[] }).rows;
    expect(piles.map((p) => p.cluster_id).sort()).toEqual([...clusters].sort());
    for (const pile of piles) expect(pile.positions).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
