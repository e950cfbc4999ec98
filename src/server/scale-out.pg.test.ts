import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from './testing/harness.js';
import { startServerProcess, type ServerProcess } from './testing/processes.js';

/**
 * Two server processes on one PostgreSQL: a session made on one works on the other, and
 * a write on one is seen by the other. Runs only in the PostgreSQL pass (`*.pg.test.ts`).
 */
let a: ServerProcess;
let b: ServerProcess;
beforeAll(async () => {
  const url = testDatabaseUrl();
  if (!url) throw new Error('scale-out tests need CHORUS_TEST_DB=postgres and TEST_DATABASE_URL');
  [a, b] = await Promise.all([
    startServerProcess({ DATABASE_URL: url, CHORUS_DEMO: '0' }),
    startServerProcess({ DATABASE_URL: url, CHORUS_DEMO: '0' }),
  ]);
}, 120_000);
afterAll(async () => {
  expect(await a?.stop()).toBe(0);
  expect(await b?.stop()).toBe(0);
});

describe('two processes, one PostgreSQL', () => {
  it('share sessions and data', async () => {
    const email = `scale.${Date.now()}@example.nhs.uk`;
    const signUp = await fetch(`${a.url}/api/v1/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ organisationName: 'Scale Trust', name: 'Sam', email, password: 'violet-harbour-lantern-42' }),
    });
    expect(signUp.status).toBe(201);
    const cookie = signUp.headers.get('set-cookie')!.split(';')[0]!;
    const { organisationId } = await signUp.json();

    const meOnB = await fetch(`${b.url}/api/v1/me`, { headers: { cookie } });
    expect(meOnB.status).toBe(200);
    const { csrfToken, user } = await meOnB.json();
    expect(user.email).toBe(email);

    const created = await fetch(`${b.url}/api/v1/orgs/${organisationId}/strategies`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ name: 'Made on B', startYear: 2026, endYear: 2029 }),
    });
    expect(created.status).toBe(201);
    const listOnA = await (await fetch(`${a.url}/api/v1/orgs/${organisationId}/strategies`, { headers: { cookie } })).json();
    expect(listOnA.strategies.map((s: { name: string }) => s.name)).toEqual(['Made on B']);

    const signOutOnA = await fetch(`${a.url}/api/v1/auth/sign-out`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: '{}',
    });
    expect(signOutOnA.status).toBe(200);
    expect((await fetch(`${b.url}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('share rate limits: sign-in attempts on either process count against one limit', async () => {
    const email = `limit.${Date.now()}@example.nhs.uk`;
    const signIn = (server: ServerProcess) =>
      fetch(`${server.url}/api/v1/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'not-the-password-at-all' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await signIn(i % 2 ? a : b)).status);
    expect(statuses).toEqual(Array(30).fill(401));
    // Each process has seen only 15: a limit kept in memory would let these through.
    expect((await signIn(a)).status).toBe(429);
    expect((await signIn(b)).status).toBe(429);
  });
});
