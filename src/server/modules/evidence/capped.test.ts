import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_COUNT_CAP } from '../../../shared/contracts/evidence.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

/**
 * A search matching more than the counting cap says "more than" and lists the newest matches;
 * one under the cap is counted exactly and ranked. The notes are written as a workshop's sticky
 * notes in one statement, so the evidence trigger makes the items as it does for real notes.
 */
let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;
const MANY = EVIDENCE_COUNT_CAP + 20;
const list = (query: string) => org.admin.get(`/api/v1/strategies/${strategyId}/evidence?${query}`);
type Item = { id: string; text: string; source: string };

beforeAll(async () => {
  t = await startTestApp();
  org = await signUpOrganisation(t.app, 'Busy Library Trust');
  strategyId = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json().id;
  const workshop = (await org.admin.post(`/api/v1/strategies/${strategyId}/workshops`, { title: 'Everyone', heldOn: '2026-02-03' })).json();
  await t.ctx.database.query(
    `INSERT INTO sticky_notes (workshop_id, column_id, text, position)
     SELECT $1, $2, CASE WHEN g <= $3 THEN 'The rota system is slow, note ' || g
                         WHEN g <= $3 + 3 THEN 'Printer printer printer jams, note ' || g
                         ELSE 'The printer jams, note ' || g END, g
     FROM generate_series(1, $3 + 30) g`,
    [workshop.id, workshop.columns[0].id, MANY],
  );
});
afterAll(() => t.close());

describe('a library larger than the counting cap', () => {
  it('says "more than" for a broad search and pages through the newest matches', async () => {
    const first = (await list('q=rota')).json();
    expect(first).toMatchObject({ capped: true, countsCapped: true, total: EVIDENCE_COUNT_CAP, counts: {} });
    expect(first.items).toHaveLength(50);
    const second = (await list('q=rota&page=2')).json();
    expect(second.items).toHaveLength(50);
    const ids = [...first.items, ...second.items].map((i: Item) => i.id);
    expect(new Set(ids).size).toBe(100);
    for (const item of [...first.items, ...second.items]) expect(item.text).toMatch(/^The rota system/);
    // Everything, unsearched, is past the cap too.
    expect((await list('')).json()).toMatchObject({ capped: true, total: EVIDENCE_COUNT_CAP });
  });

  it('counts and ranks a narrower search exactly', async () => {
    const body = (await list('q=printer')).json();
    expect(body).toMatchObject({ capped: false, countsCapped: false, total: 30, counts: { sticky_note: 30 } });
    expect(body.items.slice(0, 3).map((i: Item) => i.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Printer printer printer/)]));
    expect(body.items.slice(0, 3).every((i: Item) => i.text.startsWith('Printer printer printer'))).toBe(true);
  });

  it('counts the kinds chosen on their own, and the other kinds with their own cap', async () => {
    const none = (await list('q=rota&source=interview_note')).json();
    expect(none).toMatchObject({ capped: false, total: 0, items: [], countsCapped: true, counts: {} });
    const notes = (await list('q=printer&source=sticky_note&source=interview_note')).json();
    expect(notes).toMatchObject({ capped: false, total: 30, countsCapped: false, counts: { sticky_note: 30 } });
  });
});
