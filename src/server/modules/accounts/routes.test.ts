import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../platform/secrets.js';
import { GOOD_PASSWORD, sessionFrom, signUpOrganisation, startTestApp, uniqueEmail, type TestApp } from '../../testing/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('sign-up', () => {
  it('creates an organisation, its admin and a session in an httpOnly cookie', async () => {
    const email = uniqueEmail();
    const response = await post('/api/v1/auth/sign-up', { organisationName: 'Riverside Trust', name: 'Ada', email, password: GOOD_PASSWORD });
    expect(response.statusCode).toBe(201);
    const cookie = response.cookies.find((c) => c.name === 'chorus_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: `chorus_session=${cookie.value}` } });
    expect(me.json().memberships).toEqual([
      expect.objectContaining({ organisationName: 'Riverside Trust', role: 'admin' }),
    ]);
    expect(me.json().user.email).toBe(email);
  });

  it('refuses a duplicate email, whatever its case, with a field message', async () => {
    const { email } = await signUpOrganisation(t.app);
    const response = await post('/api/v1/auth/sign-up', { organisationName: 'Other', name: 'Bo', email: email.toUpperCase(), password: GOOD_PASSWORD });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ field: 'email', message: 'An account with this email address already exists' }]);
  });

  it('refuses a too-short password and names the rule', async () => {
    const response = await post('/api/v1/auth/sign-up', { organisationName: 'X', name: 'Bo', email: uniqueEmail(), password: 'short' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual([{ field: 'password', message: 'Password must be at least 10 characters' }]);
  });

  it('refuses a common password', async () => {
    const response = await post('/api/v1/auth/sign-up', { organisationName: 'X', name: 'Bo', email: uniqueEmail(), password: 'password123' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].message).toMatch(/commonly used/);
  });

  it('stores an scrypt hash, never the password', async () => {
    const { email } = await signUpOrganisation(t.app);
    const [row] = await t.ctx.database.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [email]);
    expect(row!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row!.password_hash).not.toContain(GOOD_PASSWORD);
  });
});

describe('sign-in', () => {
  it('signs in with the right password and refuses a wrong one without saying which part was wrong', async () => {
    const { email } = await signUpOrganisation(t.app);
    expect((await post('/api/v1/auth/sign-in', { email, password: GOOD_PASSWORD })).statusCode).toBe(200);
    const wrong = await post('/api/v1/auth/sign-in', { email, password: 'not-the-password' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().detail).toBe('The email address or password is not right. Check them and try again.');
    const unknown = await post('/api/v1/auth/sign-in', { email: uniqueEmail('nobody'), password: 'whatever-it-is' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('slows repeated failures down per account, leaving other accounts alone', async () => {
    const target = await signUpOrganisation(t.app);
    const bystander = await signUpOrganisation(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await post('/api/v1/auth/sign-in', { email: target.email, password: `wrong-${i}-attempt` })).statusCode);
    // Five free failures; the fifth starts a wait that doubles with each further failure.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const locked = await post('/api/v1/auth/sign-in', { email: target.email, password: GOOD_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post('/api/v1/auth/sign-in', { email: bystander.email, password: GOOD_PASSWORD })).statusCode).toBe(200);
  });

  it('keeps a session in use alive past its first end, and lets an unused one end', async () => {
    const { email } = await signUpOrganisation(t.app);
    const signedIn = await post('/api/v1/auth/sign-in', { email, password: GOOD_PASSWORD });
    const token = signedIn.cookies.find((c) => c.name === 'chorus_session')!.value;
    const me = () => t.app.inject({ url: '/api/v1/me', headers: { cookie: `chorus_session=${token}` } });
    const setEnd = (sql: string) => t.ctx.database.query(`UPDATE sessions SET expires_at = ${sql} WHERE token_hash = $1`, [hashToken(token)]);
    const daysLeft = async () => {
      const [row] = await t.ctx.database.query<{ days: number }>(`SELECT extract(epoch FROM expires_at - now()) / 86400 AS days FROM sessions WHERE token_hash = $1`, [hashToken(token)]);
      return Number(row!.days);
    };
    // Fresh (more than half its 14 days left): used without a write, no new cookie.
    const fresh = await me();
    expect([fresh.statusCode, fresh.cookies.length]).toEqual([200, 0]);
    // Two days left: the request renews it for a full 14 days and sends the cookie again.
    await setEnd(`now() + interval '2 days'`);
    const renewed = await me();
    expect(renewed.statusCode).toBe(200);
    expect(renewed.cookies).toEqual([expect.objectContaining({ name: 'chorus_session', value: token, maxAge: 14 * 86_400, httpOnly: true })]);
    expect(await daysLeft()).toBeGreaterThan(13.9);
    // Ended: refused, and not brought back.
    await setEnd(`now() - interval '1 minute'`);
    expect((await me()).statusCode).toBe(401);
    expect(await daysLeft()).toBeLessThan(0);
  });

  it('signs out, after which the cookie no longer works', async () => {
    const { admin } = await signUpOrganisation(t.app);
    expect((await admin.post('/api/v1/auth/sign-out')).statusCode).toBe(200);
    expect((await admin.get('/api/v1/me')).statusCode).toBe(401);
  });
});

describe('request hygiene', () => {
  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const { admin, organisationId } = await signUpOrganisation(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orgs/${organisationId}/strategies`,
      headers: { cookie: admin.cookie },
      payload: { name: 'Forged', startYear: 2026, endYear: 2029 },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().detail).toMatch(/security token/);
  });

  it('answers a 1 MB body with 413 and malformed JSON with 400, never 500', async () => {
    const big = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.nhs.uk', password: 'x'.repeat(1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('body_too_large');
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "a@b.nhs.uk", "password": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_json');
  });

  it('sets a strict content security policy', async () => {
    const response = await t.app.inject({ url: '/healthz' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
  });
});

describe('passwords', () => {
  it('changes the password, which signs out other sessions', async () => {
    const org = await signUpOrganisation(t.app);
    const other = await sessionFrom(t.app, await post('/api/v1/auth/sign-in', { email: org.email, password: GOOD_PASSWORD }));
    const wrongCurrent = await org.admin.post('/api/v1/me/password', { currentPassword: 'not-it-at-all', newPassword: 'amber-otter-quartz-77' });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().errors[0].field).toBe('currentPassword');
    const changed = await org.admin.post('/api/v1/me/password', { currentPassword: GOOD_PASSWORD, newPassword: 'amber-otter-quartz-77' });
    expect(changed.statusCode).toBe(200);
    expect((await other.get('/api/v1/me')).statusCode).toBe(401);
    expect((await org.admin.get('/api/v1/me')).statusCode).toBe(200);
    expect((await post('/api/v1/auth/sign-in', { email: org.email, password: 'amber-otter-quartz-77' })).statusCode).toBe(200);
  });

  it('resets a forgotten password through a single-use link from the outbox', async () => {
    const org = await signUpOrganisation(t.app);
    expect((await post('/api/v1/auth/password-reset', { email: org.email })).statusCode).toBe(202);
    // An unknown address gets the same answer, so the form does not reveal accounts.
    expect((await post('/api/v1/auth/password-reset', { email: uniqueEmail('ghost') })).statusCode).toBe(202);
    const outbox = await org.admin.get(`/api/v1/orgs/${org.organisationId}/outbox`);
    const text: string = outbox.json().messages.find((m: { subject: string }) => m.subject.includes('Reset'))!.text;
    const token = text.match(/token=([A-Za-z0-9_-]+)/)![1]!;
    const done = await post('/api/v1/auth/password-reset/complete', { token, password: 'copper-meadow-signal-19' });
    expect(done.statusCode).toBe(200);
    expect((await org.admin.get('/api/v1/me')).statusCode).toBe(401);
    const again = await post('/api/v1/auth/password-reset/complete', { token, password: 'another-fresh-phrase-3' });
    expect(again.statusCode).toBe(410);
    expect((await post('/api/v1/auth/sign-in', { email: org.email, password: 'copper-meadow-signal-19' })).statusCode).toBe(200);
  });
});
