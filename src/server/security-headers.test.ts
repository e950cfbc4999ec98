import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('security headers on every response', () => {
  // An API answer, a refusal, an error, a missing route and a server-rendered respondent page.
  it.each([
    ['GET', '/healthz'],
    ['GET', '/api/v1/me'],
    ['GET', '/api/v1/openapi.json'],
    ['GET', '/api/v1/no-such-thing'],
    ['POST', '/api/v1/auth/sign-in'],
    ['GET', '/s/not-a-real-link-at-all'],
  ] as const)('%s %s forbids framing both ways and turns off device features', async (method, url) => {
    const response = await t.app.inject({ method, url });
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
    const policy = String(response.headers['permissions-policy']);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(policy).toContain(`${feature}=()`);
  });
});
