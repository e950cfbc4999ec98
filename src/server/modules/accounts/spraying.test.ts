import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, signUpOrganisation, startTestApp, uniqueEmail, type TestApp } from '../../testing/harness.js';
import { CLIENT_COOKIE, CLIENT_FREE_FAILURES, clientWaitSeconds } from './client-throttle.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const signIn = (email: string, password: string, cookie?: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password }, headers: cookie ? { cookie } : {} });

function clientCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === CLIENT_COOKIE);
  if (!cookie) throw new Error(`No ${CLIENT_COOKIE} cookie in a ${response.statusCode} response`);
  return `${CLIENT_COOKIE}=${cookie.value}`;
}

describe('password spraying from one browser', () => {
  it('slows a browser that fails across many accounts, without locking those accounts for anyone else', async () => {
    const victim = await signUpOrganisation(t.app, 'Sprayed Trust');
    const first = await signIn(uniqueEmail('sprayed'), 'Winter2026!');
    expect(first.statusCode).toBe(401);
    const browser = clientCookie(first);
    // One guess at each of many accounts: no account reaches its own lock.
    for (let i = 1; i < CLIENT_FREE_FAILURES; i += 1) {
      const guess = await signIn(i === 3 ? victim.email : uniqueEmail('sprayed'), 'Winter2026!', browser);
      expect(guess.statusCode).toBe(401);
      expect(guess.cookies.find((c) => c.name === CLIENT_COOKIE)).toBeUndefined();
    }
    // The first failure was counted against every cookieless client, not this browser: one more here.
    expect((await signIn(uniqueEmail('sprayed'), 'Winter2026!', browser)).statusCode).toBe(401);
    const slowed = await signIn(victim.email, GOOD_PASSWORD, browser);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().detail).toMatch(/from this browser\. Wait \d+ seconds/);
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0);

    // The account is not locked: its owner, in their own browser, signs in.
    const owner = await signIn(victim.email, GOOD_PASSWORD);
    expect(owner.statusCode).toBe(200);
  });

  it('doubles the wait after each further failure, up to 15 minutes', () => {
    expect(Array.from({ length: CLIENT_FREE_FAILURES }, (_, i) => clientWaitSeconds(i, CLIENT_FREE_FAILURES)).every((w) => w === 0)).toBe(true);
    const waits = [0, 1, 2, 3].map((extra) => clientWaitSeconds(CLIENT_FREE_FAILURES + extra, CLIENT_FREE_FAILURES));
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits.slice(1)).toEqual(waits.slice(0, -1).map((w) => w * 2));
    expect(clientWaitSeconds(CLIENT_FREE_FAILURES + 60, CLIENT_FREE_FAILURES)).toBe(900);
  });
});
