import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { analyseOrganisation } from './analysis/analyse.js';
import { onMachineAnalyser } from './analysis/detectors.js';
import { maskSpans } from './redactions.js';
import { evidenceItems, evidenceRedactions } from './tables.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const NOTES = 'The first thing I would say, honestly, is that you should ring 07700 900123 and ask for the ward manager about the rota.';

async function analysedInterview() {
  const org = await signUpOrganisation(t.app);
  const strategy = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
  const url = `/api/v1/strategies/${strategy.json().id}`;
  const interview = await org.admin.post(`${url}/interviews`, { intervieweeRole: 'Chief Nurse', heldOn: '2026-01-15', consent: 'notes', notes: NOTES });
  await analyseOrganisation(t.ctx.db, org.organisationId, onMachineAnalyser());
  const [item] = await t.ctx.db.select().from(evidenceItems).where(and(eq(evidenceItems.interviewId, interview.json().id), eq(evidenceItems.source, 'interview_note')));
  return { org, url, item: item! };
}

describe('personal information review', () => {
  it('lists detections with a few words of context, never the whole original, and counts them', async () => {
    const { org, url } = await analysedInterview();
    const queue = (await org.admin.get(`${url}/redactions?status=suggested`)).json();
    expect(queue.counts).toEqual({ suggested: 1, confirmed: 0, reversed: 0, manual: 0 });
    expect(queue.redactions).toHaveLength(1);
    const [r] = queue.redactions;
    expect(r).toMatchObject({ kind: 'phone', status: 'suggested', span: '07700 900123', source: 'interview_note' });
    expect(r.before).toBe('…that you should ring ');
    expect(r.after).toBe(' and ask for the…');
    expect(JSON.stringify(queue)).not.toContain('honestly');
  });

  it('confirms and reverses (each undoing the other), audited without the words', async () => {
    const { org, url, item } = await analysedInterview();
    const [r] = (await org.admin.get(`${url}/redactions`)).json().redactions;
    expect((await org.admin.post(`${url}/redactions/${r.id}/confirm`, {})).json()).toEqual({ id: r.id, status: 'confirmed' });
    expect((await org.admin.get(`${url}/redactions?status=confirmed`)).json()).toMatchObject({ counts: { suggested: 0, confirmed: 1 }, redactions: [{ id: r.id, decidedBy: 'Ada Admin' }] });
    expect((await org.admin.post(`${url}/redactions/${r.id}/reverse`, {})).json()).toEqual({ id: r.id, status: 'reversed' });
    expect((await org.admin.post(`${url}/redactions/${r.id}/confirm`, {})).json().status).toBe('confirmed');
    const trail = JSON.stringify((await org.admin.get(`/api/v1/orgs/${org.organisationId}/audit?subjectType=evidence_item`)).json());
    expect(trail).toContain('evidence.redaction_confirmed');
    expect(trail).toContain('evidence.redaction_reversed');
    expect(trail).toContain(item.id);
    expect(trail).not.toContain('900123');
  });

  it('masks a span marked by hand, folding a suggestion inside it, and refuses spans outside the text', async () => {
    const { org, url, item } = await analysedInterview();
    const start = NOTES.indexOf('ring');
    const end = NOTES.indexOf(' and ask');
    const marked = await org.admin.post(`${url}/evidence/${item.id}/redactions`, { start, end, kind: 'phone' });
    expect(marked.statusCode).toBe(201);
    const spans = await t.ctx.db.select().from(evidenceRedactions).where(eq(evidenceRedactions.evidenceItemId, item.id));
    expect(spans.map((s) => [s.status, s.start, s.end])).toEqual([['manual', start, end]]);
    expect(maskSpans(item.text, spans)).toBe(NOTES.replace('ring 07700 900123', '[phone]'));
    const beyond = await org.admin.post(`${url}/evidence/${item.id}/redactions`, { start: 3, end: NOTES.length + 1, kind: 'name' });
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().detail).toMatch(/past the end of the text/);
    expect((await org.admin.post(`${url}/evidence/${item.id}/redactions`, { start: 3, end: 4, kind: 'shoe size' })).statusCode).toBe(400);
  });

  it('is only for admins and the strategy team of the same organisation', async () => {
    const { org, url, item } = await analysedInterview();
    const [r] = (await org.admin.get(`${url}/redactions`)).json().redactions;
    const team = (await addMember(t.app, org, 'strategy_team')).session;
    expect((await team.get(`${url}/redactions`)).statusCode).toBe(200);
    for (const role of ['leader', 'staff'] as const) {
      const who = (await addMember(t.app, org, role)).session;
      expect((await who.get(`${url}/redactions`)).statusCode).toBe(403);
      expect((await who.post(`${url}/redactions/${r.id}/confirm`, {})).statusCode).toBe(403);
      expect((await who.post(`${url}/evidence/${item.id}/redactions`, { start: 0, end: 3, kind: 'name' })).statusCode).toBe(403);
    }
    const other = await signUpOrganisation(t.app, 'Other Trust');
    expect((await other.admin.get(`${url}/redactions`)).statusCode).toBe(404);
    const otherStrategy = await other.admin.post(`/api/v1/orgs/${other.organisationId}/strategies`, { name: 'Theirs', startYear: 2026, endYear: 2029 });
    const theirs = `/api/v1/strategies/${otherStrategy.json().id}`;
    expect((await other.admin.post(`${theirs}/redactions/${r.id}/confirm`, {})).statusCode).toBe(404);
    expect((await other.admin.post(`${theirs}/evidence/${item.id}/redactions`, { start: 0, end: 3, kind: 'name' })).statusCode).toBe(404);
  });
});
