import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobProgress } from '../../platform/tables.js';
import { startTestAppAlone } from '../../testing/databases.js';
import { signUpOrganisation, type SignedUpOrg, type TestApp } from '../../testing/harness.js';
import { csvSpectrumFolder, naughtyStrings } from '../../testing/test-data.js';
import { stringify } from 'csv-stringify/sync';
import { analyseOrganisation } from './analysis/analyse.js';
import { onMachineAnalyser } from './analysis/detectors.js';
import { ANALYSIS_JOB } from './analysis/job.js';
import { evidenceItems, evidenceRedactions } from './tables.js';

/**
 * What people type into the search box is anything at all: the Big List of Naughty Strings and
 * the csv-spectrum files as `q` never break the list, and matches come back as text pieces.
 * And a survey imported from another tool is masked as soon as it is listed, before its analysis.
 */
let t: TestApp;
let org: SignedUpOrg;
let strategyId: string;
const list = (q: string) => org.admin.get(`/api/v1/strategies/${strategyId}/evidence?q=${encodeURIComponent(q)}`);

type Piece = { text: string; mark: boolean };
type Item = { text: string; pieces: Piece[] };

beforeAll(async () => {
  // Alone: this file watches its jobs wait in the queue, which other files' workers would take.
  t = await startTestAppAlone();
  // The queue runs but nothing works it: this file watches what is queued, and runs the analysis itself.
  await t.ctx.jobs.start({ work: false });
  org = await signUpOrganisation(t.app, 'Search Input Trust');
  strategyId = (await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Plan', startYear: 2026, endYear: 2029 })).json().id;
  const workshop = await org.admin.post(`/api/v1/strategies/${strategyId}/workshops`, { title: 'Naughty words', heldOn: '2026-02-03' });
  const url = `/api/v1/strategies/${strategyId}/workshops/${workshop.json().id}/notes`;
  const columnId = workshop.json().columns[0].id;
  // Some naughty strings are in the library too, so searches for them find something to mark.
  const short = naughtyStrings().strings.filter((x) => x.trim() && x.length < 120);
  for (const s of [...short.filter((x) => x.includes('<script>')).slice(0, 5), ...short.slice(0, 35)]) await org.admin.post(url, { columnId, text: `rota ${s}` });
});
afterAll(() => t.close());

/** A successful answer is a list whose pieces rebuild each item's text exactly (no markup added). */
function expectTextPieces(items: Item[]) {
  for (const item of items) expect(item.pieces.map((p) => p.text).join('')).toBe(item.text);
}

describe('search input', () => {
  it('answers every naughty string with a list or a plain 400, never a server error', async () => {
    const { strings } = naughtyStrings();
    const statuses = new Map<number, number>();
    const answers = [];
    // A few at a time: 500 searches one after another take long on a busy machine.
    for (let i = 0; i < strings.length; i += 8) answers.push(...(await Promise.all(strings.slice(i, i + 8).map(async (s) => [s, await list(s)] as const))));
    for (const [s, response] of answers) {
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      expect([200, 400], `${JSON.stringify(s)}: ${response.body.slice(0, 200)}`).toContain(response.statusCode);
      if (response.statusCode === 400) expect(response.json().detail).toMatch(/Search words must be 200 characters or fewer/);
      else expectTextPieces(response.json().items);
    }
    expect(statuses.get(200)).toBeGreaterThan(400);
    // A stored naughty string is found by its words and comes back as the same characters.
    const found = (await list('rota')).json();
    expect(found.total).toBeGreaterThanOrEqual(40);
    expectTextPieces(found.items);
    expect(found.items.some((i: Item) => i.text.includes('<script>'))).toBe(true);
  }, 180_000);

  it('takes each csv-spectrum file, quotes, commas and line breaks included, as search words', async () => {
    const folder = path.join(csvSpectrumFolder(), 'csvs');
    const files = readdirSync(folder).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const text = readFileSync(path.join(folder, file), 'utf8').slice(0, 200);
      const response = await list(text);
      expect(response.statusCode, file).toBe(200);
      expectTextPieces(response.json().items);
    }
  });

  it('lists everything for an empty or blank search, and explains a search that is too long', async () => {
    const all = (await org.admin.get(`/api/v1/strategies/${strategyId}/evidence`)).json().total;
    expect(all).toBeGreaterThan(0);
    for (const q of ['', '   ', '\t']) expect((await list(q)).json().total).toBe(all);
    const long = await list('rota '.repeat(400));
    expect(long.statusCode).toBe(400);
    expect(long.json().detail).toMatch(/Search words must be 200 characters or fewer/);
    expect((await list('rota'.padEnd(200, 'x'))).statusCode).toBe(200);
  });

  it('reads a null character in the search as a space rather than failing', async () => {
    const response = await list('rota\u0000naughty');
    expect(response.statusCode).toBe(200);
    expect(response.json().total).toBe((await list('rota naughty')).json().total);
  });
});

describe('an imported survey is masked as soon as it is listed', () => {
  it('masks a planted phone number and email before the analysis job has run, and queues that job', async () => {
    const comments = [
      'The rota system logs me out during handover, please call me on 07700 900123 to talk it through',
      'E-prescribing saves time on the ward although the tablets are slow to start in the morning',
      'Single sign-on would help: I type eleven passwords a day, write to sam.jones@example.com for the list',
      'The printer on the ward jams every night and discharge letters are late because of it',
    ];
    const file = Buffer.from(stringify([['Submission date', 'What gets in the way of your work?'], ...comments.map((c, i) => [`0${i + 1}/04/2024 10:00`, c])]));
    const done = await org.admin.post(`/api/v1/strategies/${strategyId}/imports`, { fileName: 'forms.csv', content: file.toString('base64') });
    expect(done.statusCode, done.body).toBe(201);
    const surveyId = done.json().surveyId as string;
    const before = await t.ctx.db.select().from(evidenceItems).where(eq(evidenceItems.surveyId, surveyId));
    expect(before).toHaveLength(4);
    expect(before.every((i) => i.analysedAt === null)).toBe(true);

    const body = (await org.admin.get(`/api/v1/strategies/${strategyId}/evidence?surveyId=${surveyId}`)).json();
    const texts = body.items.map((i: Item) => i.text).join('\n');
    expect(texts).toContain('call me on [phone] to talk');
    expect(texts).toContain('write to [email] for the list');
    expect(texts).not.toMatch(/07700|sam\.jones/);
    const csvBody = (await org.admin.get(`/api/v1/strategies/${strategyId}/evidence.csv?surveyId=${surveyId}`)).body;
    expect(csvBody).not.toMatch(/07700|sam\.jones/);
    // Reading the library queued the analysis that records the detections for review.
    const queued = await t.ctx.db.select().from(jobProgress).where(and(eq(jobProgress.kind, ANALYSIS_JOB), eq(jobProgress.organisationId, org.organisationId)));
    expect(queued.length).toBeGreaterThan(0);
    expect(queued.every((j) => j.state === 'queued')).toBe(true);
    // Read again while it waits: no new job for each reading (searches at the same instant may still
    // each queue one, which the job's own check makes harmless).
    await org.admin.get(`/api/v1/strategies/${strategyId}/evidence`);
    expect(await t.ctx.db.select().from(jobProgress).where(and(eq(jobProgress.kind, ANALYSIS_JOB), eq(jobProgress.organisationId, org.organisationId)))).toHaveLength(queued.length);
  });

  it('keeps the text masked after the analysis has recorded its detections', async () => {
    await analyseOrganisation(t.ctx.db, org.organisationId, onMachineAnalyser());
    const item = (await t.ctx.db.select().from(evidenceItems).where(eq(evidenceItems.strategyId, strategyId))).find((i) => i.text.includes('07700'))!;
    expect(item.analysedAt).not.toBeNull();
    const spans = await t.ctx.db.select().from(evidenceRedactions).where(eq(evidenceRedactions.evidenceItemId, item.id));
    expect(spans.map((s) => s.kind)).toContain('phone');
    const listed = (await org.admin.get(`/api/v1/strategies/${strategyId}/evidence?q=handover`)).json().items[0];
    expect(listed.text).toContain('call me on [phone] to talk');
  });
});
