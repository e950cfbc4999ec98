import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUpOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ rateLimitPerMinute: 5 });
});
afterAll(() => t.close());

it('limits each session on its own, not every caller behind one IP address', async () => {
  const busy = await signUpOrganisation(t.app);
  const colleague = await signUpOrganisation(t.app);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i += 1) statuses.push((await busy.admin.get('/api/v1/me')).statusCode);
  // Signing up already spent one of the five (reading /me for the CSRF token).
  expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  const limited = await busy.admin.get('/api/v1/me');
  expect(limited.json().detail).toMatch(/Too many requests\. Wait \d+ seconds?/);
  expect(limited.headers['retry-after']).toBeDefined();
  // Same loopback address, different person: not limited.
  expect((await colleague.admin.get('/api/v1/me')).statusCode).toBe(200);
});
