import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import { runImportCommand } from './cli.js';
import { OFF_THREAD_BYTES } from './prepare-off-thread.js';
import { JOB_THRESHOLD_ROWS } from './prepare.js';
import { countsCheck, csv, fixture, footprint, importCalls, prepareOrganisation } from './testing-imports.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.ctx.jobs.start({ work: true });
});
afterAll(() => t.close());

describe('large files run as a background job', () => {
  it('returns 202 with a job whose progress reaches done, and imports every row', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = await prepareOrganisation(org);
    const { commit } = importCalls(org, strategyId);
    const total = JOB_THRESHOLD_ROWS + 500;
    const rows = [['Timestamp', 'Division', 'The IT I use helps me do my job', 'Comment']];
    const levels = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
    for (let i = 0; i < total; i += 1) rows.push([`2024/03/${String((i % 28) + 1).padStart(2, '0')} 10:00:00 AM GMT`, i % 3 ? 'Surgery' : 'Medicine', levels[i % 5]!, `Comment number ${i}: the wifi on the ward drops out`]);
    // Large enough to be read, checked and encoded in the worker thread.
    const bytes = csv(rows);
    expect(bytes.length).toBeGreaterThan(OFF_THREAD_BYTES);
    const queued = await commit('big.csv', bytes);
    expect(queued.statusCode, queued.body).toBe(202);
    const { jobId } = queued.json();
    let job = { state: 'queued', done: 0, total: null as number | null, result: null as unknown };
    for (let i = 0; i < 120 && job.state !== 'done' && job.state !== 'failed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      job = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/jobs/${jobId}`)).json();
    }
    expect(job).toMatchObject({ state: 'done', done: total, total, result: { status: 'done', responses: total } });
    const surveyId = (job.result as { surveyId: string }).surveyId;
    const { expected, stored } = await countsCheck(t.ctx.database, surveyId);
    expect(stored).toEqual(expected);
    const after = await footprint(t.ctx.database, org.organisationId);
    expect(after).toMatchObject({ responses: total, imports: 1, uploads: 0 });
  }, 90_000);
});

describe('the command line', () => {
  it('prints the preview with --dry-run, refuses with exit code 2, and imports', async () => {
    const org = await signUpOrganisation(t.app);
    const strategyId = await prepareOrganisation(org);
    const dir = mkdtempSync(path.join(tmpdir(), 'chorus-import-'));
    const good = path.join(dir, 'staff-survey.csv');
    writeFileSync(good, fixture('surveymonkey.csv'));
    const out: string[] = [];
    const err: string[] = [];
    const run = (...args: string[]) => runImportCommand(t.ctx.database, args, (l) => out.push(l), (l) => err.push(l));

    const before = await footprint(t.ctx.database, org.organisationId);
    expect(await run(good, '--strategy', strategyId, '--dry-run')).toBe(0);
    const printed = out.join('\n');
    expect(printed).toContain('Tool:        SurveyMonkey, 2 header rows');
    expect(printed).toContain('[column 16, 17, 18] How far do you agree with each statement? — Matrix of agreement rows');
    expect(printed).toContain('[column 5] IP Address — IP address: dropped');
    expect(printed).toContain('No problems found');
    expect(await footprint(t.ctx.database, org.organisationId)).toEqual(before);

    const bad = path.join(dir, 'cut.csv');
    writeFileSync(bad, 'Ward,Comment\nWard 1,"never closed');
    expect(await run(bad, '--strategy', strategyId, '--dry-run')).toBe(2);
    expect(out.join('\n')).toContain('Row 2: a quoted cell is never closed');

    out.length = 0;
    expect(await run(good, '--strategy', strategyId)).toBe(0);
    expect(out.join('\n')).toMatch(/^Imported 8 responses \(\d+ answers\) into survey [0-9a-f-]{36}/);
    expect(await run(good, '--strategy', strategyId)).toBe(2);
    expect(err.join('\n')).toContain('This file was already imported');
    expect(await run(good, '--strategy', strategyId, '--keep-identifying', 'x')).toBe(1);
  });
});
