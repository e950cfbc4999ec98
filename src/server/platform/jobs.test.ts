import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../testing/harness.js';
import { createJobs, type Jobs } from './jobs.js';

/**
 * pg-boss on the database under test (PGlite through the adapter, or PostgreSQL): a job is
 * done exactly once even with two workers, survives a restart of the process that queued
 * it, and reports progress through the API.
 */
let t: TestApp;
const started: Jobs[] = [];
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  for (const jobs of started) await jobs.stop();
  await t.close();
});

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const runs: string[] = [];
function worker(kind: string): Jobs {
  const jobs = createJobs(t.ctx.database, { pollingSeconds: 0.5 });
  jobs.define<{ label: string }>(kind, async (data, progress) => {
    runs.push(data.label);
    await progress.update(1, 2, 'half way');
    await progress.update(2, 2, 'finished');
    return { label: data.label };
  });
  started.push(jobs);
  return jobs;
}

describe('background jobs', () => {
  it('survive a restart, run once with two workers, and report progress', async () => {
    const org = await signUpOrganisation(t.app);
    const kind = `test.job.${Date.now()}`;
    // A process queues the job and stops before any worker takes it.
    const producer = worker(kind);
    await producer.start({ work: false });
    const id = await producer.enqueue(kind, { label: 'survivor' }, { organisationId: org.organisationId });
    await producer.stop();
    const queued = await org.admin.get(`/api/v1/orgs/${org.organisationId}/jobs/${id}`);
    expect(queued.json()).toMatchObject({ state: 'queued', done: 0 });

    // Two workers start afterwards; exactly one of them runs it.
    await worker(kind).start({ work: true });
    await worker(kind).start({ work: true });
    await until(async () => (await org.admin.get(`/api/v1/orgs/${org.organisationId}/jobs/${id}`)).json().state === 'done', 'the job');
    await new Promise((r) => setTimeout(r, 1500));
    expect(runs.filter((label) => label === 'survivor')).toEqual(['survivor']);
    const done = (await org.admin.get(`/api/v1/orgs/${org.organisationId}/jobs/${id}`)).json();
    expect(done).toMatchObject({ state: 'done', done: 2, total: 2, message: 'finished', result: { label: 'survivor' } });

    const outsider = await signUpOrganisation(t.app);
    expect((await outsider.admin.get(`/api/v1/orgs/${org.organisationId}/jobs/${id}`)).statusCode).toBe(404);
    expect((await outsider.admin.get(`/api/v1/orgs/${outsider.organisationId}/jobs/${id}`)).statusCode).toBe(404);
  }, 60_000);
});
