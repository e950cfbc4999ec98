import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobProgress } from '../../../platform/tables.js';
import { startTestAppAlone } from '../../../testing/databases.js';
import { signUpOrganisation, type SignedUpOrg, type TestApp } from '../../../testing/harness.js';
import { evidenceItems, evidenceRedactions } from '../tables.js';
import { analyseOrganisation, type Analyser } from './analyse.js';
import { onMachineAnalyser } from './detectors.js';

let t: TestApp;
beforeAll(async () => {
  // Alone: on the shared PostgreSQL server another file's worker could take this file's job.
  t = await startTestAppAlone();
  await t.ctx.jobs.start({ work: true });
});
afterAll(() => t.close());

const PLANTED = 'Ring me on 07700 900123 or write to sam.jones@nhs.net, the rota is a mess.';

async function strategyWithNotes(notes: string[], org?: SignedUpOrg) {
  const o = org ?? (await signUpOrganisation(t.app));
  const strategy = await o.admin.post(`/api/v1/orgs/${o.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 });
  const url = `/api/v1/strategies/${strategy.json().id}`;
  const ids: string[] = [];
  for (const [i, text] of notes.entries()) {
    const created = await o.admin.post(`${url}/interviews`, { intervieweeRole: `Director ${i}`, heldOn: '2026-01-15', consent: 'notes', notes: text });
    ids.push(created.json().id);
  }
  return { org: o, url, interviewIds: ids };
}

const itemOf = async (interviewId: string) =>
  (await t.ctx.db.select().from(evidenceItems).where(and(eq(evidenceItems.interviewId, interviewId), eq(evidenceItems.source, 'interview_note'))))[0]!;
const spansOf = (itemId: string) => t.ctx.db.select().from(evidenceRedactions).where(eq(evidenceRedactions.evidenceItemId, itemId));

describe('evidence analysis', () => {
  it('gives items their sentiment and suggested spans, and an item that fails leaves no half-written trace', async () => {
    const { org, interviewIds } = await strategyWithNotes([PLANTED, 'BOOM sam.jones@nhs.net', 'Nothing personal here.']);
    const real = onMachineAnalyser();
    const analyser: Analyser = {
      sentimentOf: () => 'negative',
      findPersonalInfo: (text) => {
        if (text.startsWith('BOOM')) throw new Error('the detector broke');
        return real.findPersonalInfo(text);
      },
    };
    const result = await analyseOrganisation(t.ctx.db, org.organisationId, analyser);
    expect(result).toEqual({ analysed: 2, failed: 1 });
    const planted = await itemOf(interviewIds[0]!);
    expect(planted.sentiment).toBe('negative');
    expect(planted.analysedAt).not.toBeNull();
    const spans = (await spansOf(planted.id)).map((s) => ({ kind: s.kind, status: s.status, words: PLANTED.slice(s.start, s.end) }));
    expect(spans).toEqual(expect.arrayContaining([
      { kind: 'phone', status: 'suggested', words: '07700 900123' },
      { kind: 'email', status: 'suggested', words: 'sam.jones@nhs.net' },
    ]));
    const broken = await itemOf(interviewIds[1]!);
    expect(broken).toMatchObject({ sentiment: null, analysedAt: null });
    expect(await spansOf(broken.id)).toEqual([]);
    expect((await itemOf(interviewIds[2]!)).analysedAt).not.toBeNull();
  });

  it('keeps the spans a person decided when the text is analysed again, without repeating them', async () => {
    const { org, url, interviewIds } = await strategyWithNotes([PLANTED]);
    await analyseOrganisation(t.ctx.db, org.organisationId, onMachineAnalyser());
    const item = await itemOf(interviewIds[0]!);
    const [phone] = (await spansOf(item.id)).filter((s) => s.kind === 'phone');
    expect((await org.admin.post(`${url}/redactions/${phone!.id}/confirm`, {})).statusCode).toBe(200);
    const rota = PLANTED.indexOf('rota');
    expect((await org.admin.post(`${url}/evidence/${item.id}/redactions`, { start: rota, end: rota + 4, kind: 'other' })).statusCode).toBe(201);
    // Editing the notes resets the item (a trigger); the appended words keep the earlier offsets valid.
    await org.admin.patch(`${url}/interviews/${interviewIds[0]}`, { notes: `${PLANTED} Call 07700 900456.` });
    expect((await itemOf(interviewIds[0]!)).analysedAt).toBeNull();
    await analyseOrganisation(t.ctx.db, org.organisationId, onMachineAnalyser());
    const after = (await spansOf(item.id)).map((s) => `${s.status}:${s.kind}:${s.start}`).sort();
    const second = PLANTED.length + ' Call '.length;
    expect(after).toEqual([
      `confirmed:phone:${phone!.start}`,
      `manual:other:${rota}`,
      `suggested:email:${PLANTED.indexOf('sam.')}`,
      `suggested:phone:${second}`,
    ].sort());
  });

  it('runs as a background job when the review queue is read while items wait', async () => {
    const { org, url } = await strategyWithNotes([PLANTED]);
    let queue = (await org.admin.get(`${url}/redactions`)).json();
    expect(queue.unanalysed).toBe(1);
    for (let i = 0; i < 60 && queue.unanalysed > 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      queue = (await org.admin.get(`${url}/redactions`)).json();
    }
    expect(queue.unanalysed).toBe(0);
    expect(queue.counts.suggested).toBe(2);
    // The job records itself done just after its last write.
    let jobs = await t.ctx.db.select().from(jobProgress).where(eq(jobProgress.organisationId, org.organisationId));
    for (let i = 0; i < 20 && jobs[0]?.state !== 'done'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      jobs = await t.ctx.db.select().from(jobProgress).where(eq(jobProgress.organisationId, org.organisationId));
    }
    expect(jobs.map((j) => [j.kind, j.state])).toEqual([['evidence-analysis', 'done']]);
  });
});
