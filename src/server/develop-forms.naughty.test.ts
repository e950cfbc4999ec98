import type { LightMyRequestResponse } from 'fastify';
import type { ZodType } from 'zod';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZCreatePriority, ZMovePriority, ZUpdatePriority } from '../shared/contracts/priorities.js';
import { ZSaveInitiative, ZSaveProgramme } from '../shared/contracts/roadmap.js';
import { priorities } from './modules/priorities/index.js';
import { initiatives } from './modules/roadmap/index.js';
import { signUpOrganisation, startTestApp, type SignedUpOrg, type TestApp } from './testing/harness.js';
import { newTestStrategy } from './testing/surveys.js';
import { expectAsJudged, formStrings, judge, noBom, pick, type Verdict } from './testing/contract-verdict.js';

/**
 * The Big List of Naughty Strings through the Develop phase's priority and roadmap forms (the
 * criteria, measures, partnership and comments are in develop-forms-2.naughty.test.ts). Each
 * string is either stored and read back exactly as the shared contract normalises it, or refused
 * with a 400 naming exactly the fields the contract refuses, in its words: never a 500, and a
 * refused edit leaves what was there. The module tests run a filtered sample; this runs them all,
 * and a few the list lacks: NUL (which PostgreSQL cannot store) and text over every limit.
 */
let t: TestApp;
let org: SignedUpOrg;
const strings = formStrings();

beforeAll(async () => {
  t = await startTestApp({ rateLimitPerMinute: 100_000 });
  org = await signUpOrganisation(t.app, 'Naughty Develop Trust');
});
afterAll(() => t.close());

const mostlyStored = (stored: number) => expect(stored).toBeGreaterThan(strings.length * 0.8);

describe('naughty strings through the Develop forms: priorities and the roadmap', { timeout: 120_000 }, () => {
  it("a priority's title, summary and ambition", async () => {
    const strategyId = await newTestStrategy(org);
    const fields = ['title', 'summary', 'ambition'] as const;
    const expected = new Map<string, unknown>();
    const taken = new Set<string>();
    for (const value of strings) {
      const body = { title: value, summary: value, ambition: value };
      const verdict = judge(ZCreatePriority, body);
      const response = await org.admin.post(`/api/v1/strategies/${strategyId}/priorities`, body);
      const title = verdict.ok ? String(verdict.data.title).toLowerCase() : '';
      if (verdict.ok && taken.has(title)) {
        // The list holds "null" and "NULL": a title already in use is a conflict, said as such.
        expect(response.statusCode, response.body).toBe(409);
        expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['title']);
      } else if (expectAsJudged(response, verdict, 201, value) && verdict.ok) {
        taken.add(title);
        expected.set(response.json().id, pick(verdict.data, fields));
      }
    }
    // Read back all together: the list shows all but the ambition, which is read from its table.
    const listed = (await org.admin.get(`/api/v1/strategies/${strategyId}/priorities`)).json().priorities as Record<string, unknown>[];
    const ambitions = new Map((await t.ctx.db.select().from(priorities).where(eq(priorities.strategyId, strategyId))).map((p) => [p.id, p.ambition]));
    expect(new Map(listed.map((p) => [p.id as string, pick({ ...p, ambition: ambitions.get(p.id as string) }, fields)]))).toEqual(expected);
    mostlyStored(expected.size);
  });

  it('the reason for moving a priority away from the order its scores give', async () => {
    const strategyId = await newTestStrategy(org);
    const base = `/api/v1/strategies/${strategyId}/priorities`;
    const first = (await org.admin.post(base, { title: 'One patient record' })).json().id as string;
    const second = (await org.admin.post(base, { title: 'Second theme' })).json().id as string;
    // Scored so that the record comes first: moving it second always needs a reason.
    const criterion = (await org.admin.post(`${base}/criteria`, { name: 'Benefit', kind: 'value', weight: 100 })).json().id;
    await org.admin.put(`/api/v1/priorities/${first}/scores`, [{ criterionId: criterion, score: 5 }]);
    await org.admin.put(`/api/v1/priorities/${second}/scores`, [{ criterionId: criterion, score: 1 }]);
    const storedReason = async () => noBom((await t.ctx.db.select().from(priorities).where(eq(priorities.id, first)))[0]!.positionReason);
    let reason: unknown = '';
    let stored = 0;
    for (const value of strings) {
      const body = { position: 1, reason: value };
      const parsed = judge(ZMovePriority, body);
      // The contract trims; the command then refuses a reason left empty, naming it.
      const verdict: Verdict = parsed.ok && !parsed.data.reason ? { ok: false, errors: [{ field: 'reason', message: 'Give a reason for the new order' }] } : parsed;
      if (expectAsJudged(await org.admin.post(`/api/v1/priorities/${first}/move`, body), verdict, 200, value) && verdict.ok) {
        stored += 1;
        reason = noBom(verdict.data.reason);
      }
      // Read from its table each time (a refused move leaves the last reason); through the page at the end.
      expect(await storedReason(), JSON.stringify(value)).toBe(reason);
    }
    expect(noBom((await org.admin.get(`/api/v1/priorities/${first}`)).json().positionReason)).toBe(reason);
    mostlyStored(stored);
  });

  it("a programme's name and summary", async () => {
    const strategyId = await newTestStrategy(org);
    const priorityId = (await org.admin.post(`/api/v1/strategies/${strategyId}/priorities`, { title: 'One record' })).json().id;
    const expected = new Map<string, unknown>();
    for (const value of strings) {
      const body = { priorityId, name: value, summary: value };
      const verdict = judge(ZSaveProgramme, body);
      const response = await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, body);
      if (expectAsJudged(response, verdict, 201, value)) expected.set(response.json().id, pick((verdict as { data: Record<string, unknown> }).data, ['name', 'summary']));
    }
    // Read back all together: nothing refused was saved, and every stored one reads as the contract made it.
    const programmes = (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json().programmes as { id: string }[];
    expect(new Map(programmes.map((p) => [p.id, pick(p, ['name', 'summary'])]))).toEqual(expected);
    mostlyStored(expected.size);
  });

  it("an initiative's title, summary, owner and benefit", async () => {
    const strategyId = await newTestStrategy(org);
    const priorityId = (await org.admin.post(`/api/v1/strategies/${strategyId}/priorities`, { title: 'One record' })).json().id;
    const programmeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId, name: 'Records' })).json().id;
    const fields = ['title', 'summary', 'owner', 'benefit'] as const;
    const expected = new Map<string, unknown>();
    for (const value of strings) {
      const body = { programmeId, start: '2027-01', end: '2027-06', title: value, summary: value, owner: value, benefit: value };
      const verdict = judge(ZSaveInitiative, body);
      const response = await org.admin.post(`/api/v1/strategies/${strategyId}/initiatives`, body);
      if (expectAsJudged(response, verdict, 201, value) && verdict.ok) expected.set(response.json().id, pick(verdict.data, fields));
    }
    // Read back all together: the roadmap shows all but the summary, which is read from its table.
    const shown = (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json().initiatives as Record<string, unknown>[];
    const summaries = new Map((await t.ctx.db.select().from(initiatives).where(eq(initiatives.strategyId, strategyId))).map((i) => [i.id, i.summary]));
    expect(new Map(shown.map((i) => [i.id as string, pick({ ...i, summary: summaries.get(i.id as string) }, fields)]))).toEqual(expected);
    mostlyStored(expected.size);
  });
});

describe('NUL in the texts kept as written, beside a title that is fine', () => {
  it('is refused naming each such field, and changes nothing', async () => {
    const strategyId = await newTestStrategy(org);
    const priorityId = (await org.admin.post(`/api/v1/strategies/${strategyId}/priorities`, { title: 'One record' })).json().id;
    const programmeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId, name: 'Records' })).json().id;
    const initiative = (await org.admin.post(`/api/v1/strategies/${strategyId}/initiatives`, { programmeId, title: 'EPR', start: '2027-01', end: '2027-06' })).json().id;
    const nul = 'Ward 5\u0000 notes';
    const forms: [ZodType, string, string, Record<string, unknown>][] = [
      [ZUpdatePriority, `/api/v1/priorities/${priorityId}`, `/api/v1/priorities/${priorityId}`, { title: 'Fine', summary: nul, ambition: nul }],
      [ZSaveProgramme, `/api/v1/programmes/${programmeId}`, `/api/v1/strategies/${strategyId}/roadmap`, { priorityId, name: 'Fine', summary: nul }],
      [ZSaveInitiative, `/api/v1/initiatives/${initiative}`, `/api/v1/initiatives/${initiative}`, { programmeId, title: 'Fine', start: '2027-01', end: '2027-06', summary: nul, owner: nul, benefit: nul }],
    ];
    for (const [schema, url, readUrl, body] of forms) {
      const before = (await org.admin.get(readUrl)).json();
      const verdict = judge(schema, body);
      expect(verdict.ok).toBe(false);
      expectAsJudged(await org.admin.patch(url, body), verdict, 200, nul);
      expect((await org.admin.get(readUrl)).json()).toEqual(before);
    }
  });
});

describe('bad input in the priority and roadmap forms: a specific message, and nothing half-saved', () => {
  it('refuses an edit that makes an initiative end before it starts, leaving it as it was', async () => {
    const strategyId = await newTestStrategy(org);
    const priorityId = (await org.admin.post(`/api/v1/strategies/${strategyId}/priorities`, { title: 'One record' })).json().id;
    const programmeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId, name: 'Records' })).json().id;
    const id = (await org.admin.post(`/api/v1/strategies/${strategyId}/initiatives`, { programmeId, title: 'EPR go-live', start: '2027-01', end: '2027-06' })).json().id;
    const before = (await org.admin.get(`/api/v1/initiatives/${id}`)).json();
    const refused = await org.admin.patch(`/api/v1/initiatives/${id}`, { programmeId, title: 'Renamed', owner: 'CCIO', start: '2027-06', end: '2027-03' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'end', message: 'The initiative ends (March 2027) before it starts (June 2027)' }]);
    expect((await org.admin.get(`/api/v1/initiatives/${id}`)).json()).toEqual(before);
  });

  it('refuses criteria weights that leave nothing to rank by, however it is tried, keeping the weights', async () => {
    const base = `/api/v1/strategies/${await newTestStrategy(org)}/priorities`;
    const criteria = (await org.admin.post(`${base}/criteria/usual`)).json().criteria as { id: string; kind: string }[];
    const message = 'Give at least one value criterion a weight above zero: without one, no theme can be ranked.';
    const expectRefused = async (response: LightMyRequestResponse) => {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({ detail: message, errors: [{ field: 'weight', message }] });
      expect((await org.admin.get(`${base}/criteria`)).json().criteria).toEqual(criteria);
    };
    // Every weight zero at once, value and effort alike: they sum to nothing.
    await expectRefused(await org.admin.put(`${base}/weights`, criteria.map((c) => ({ criterionId: c.id, weight: 0 }))));
    // One at a time down to the last weighted value criterion, which then cannot go to zero or be removed.
    const value = criteria.filter((c) => c.kind === 'value');
    const [last, ...others] = value;
    await org.admin.put(`${base}/weights`, others.map((c) => ({ criterionId: c.id, weight: 0 })));
    const kept = (await org.admin.get(`${base}/criteria`)).json().criteria;
    criteria.splice(0, criteria.length, ...kept);
    await expectRefused(await org.admin.patch(`${base}/criteria/${last!.id}`, { weight: 0 }));
    await expectRefused(await org.admin.delete(`${base}/criteria/${last!.id}`));
  });

  it('refuses a roadmap CSV with one bad row whole, naming the row as a spreadsheet numbers it, and imports nothing', async () => {
    const strategyId = await newTestStrategy(org);
    const priorityId = (await org.admin.post(`/api/v1/strategies/${strategyId}/priorities`, { title: 'One record' })).json().id;
    const programmeId = (await org.admin.post(`/api/v1/strategies/${strategyId}/programmes`, { priorityId, name: 'Records' })).json().id;
    await org.admin.post(`/api/v1/strategies/${strategyId}/initiatives`, { programmeId, title: 'Already planned', start: '2026-06', end: '2026-09' });
    const roadmap = async () => (await org.admin.get(`/api/v1/strategies/${strategyId}/roadmap`)).json();
    const before = await roadmap();
    const cases: [string[], string][] = [
      [['Records,One record,Backwards,,2027-06,2027-03'], 'Row 3: The initiative ends (March 2027) before it starts (June 2027)'],
      [[`${'P'.repeat(201)},One record,New programme,,2027-01,2027-03`], 'Row 3: The programme name must be 200 characters or fewer'],
      [['"Two\tcolumns",One record,New programme,,2027-01,2027-03'], 'Row 3: The programme name must be on one line, without tabs'],
      [['Records,One record,Odd owner,"Ward\u00005",2027-01,2027-03'], 'Row 3: The owner contains a character that cannot be stored (NUL): remove it'],
      [['Records,One record,Nameless,,2027-01,2027-03', '', 'Records,One record,Thirteenth month,,2027-01,2027-13'], 'Row 5: Enter the end as a month like 2027-04 or a quarter like 2027-Q2'],
    ];
    for (const [bad, message] of cases) {
      const csv = ['Programme,Priority,Title,Owner,Start,End', 'Records,One record,Good one,,2027-01,2027-03', ...bad, 'Records,One record,Good two,,2027-04,2027-06'].join('\r\n');
      const refused = await org.admin.post(`/api/v1/strategies/${strategyId}/roadmap/import`, { csv });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().errors, message).toEqual([{ field: message.split(':')[0]!.toLowerCase(), message }]);
      expect(refused.json().detail).toContain('nothing was imported');
      expect(await roadmap()).toEqual(before);
    }
  });
});
