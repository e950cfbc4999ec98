import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.js';
import { modules } from '../modules.js';
import { loadConfig, type Config } from '../platform/config.js';
import { createContext } from '../platform/context.js';
import type { RegisteredRoute } from '../platform/http/access.js';
import type { App, AppContext } from '../platform/module.js';

/**
 * Integration tests run the real app on a real database: in-memory PGlite by default, or
 * the PostgreSQL server in TEST_DATABASE_URL when CHORUS_TEST_DB=postgres. Tests never
 * truncate: each makes its own organisations, so files and workers do not interfere.
 */
export function testDatabaseUrl(): string | undefined {
  if (process.env.CHORUS_TEST_DB !== 'postgres') return undefined;
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('CHORUS_TEST_DB=postgres needs TEST_DATABASE_URL.');
  return url;
}

export interface TestApp {
  app: App;
  ctx: AppContext;
  routes: RegisteredRoute[];
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    databaseUrl: testDatabaseUrl(),
    dataDir: 'memory://',
    demo: false,
    publicUrl: 'http://chorus.test',
    ...overrides,
  };
}

export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const ctx = await createContext(testConfig(overrides), modules);
  const { app, routes } = await buildApp(ctx, modules);
  return {
    app,
    ctx,
    routes,
    async close() {
      await app.close();
      await ctx.jobs.stop();
      await ctx.database.close();
    },
  };
}

let counter = 0;
/** A unique email per call, so tests sharing a PostgreSQL database never collide. */
export function uniqueEmail(label = 'person'): string {
  counter += 1;
  return `${label}.${process.pid}.${Date.now().toString(36)}.${counter}@example.nhs.uk`;
}

export const GOOD_PASSWORD = 'violet-harbour-lantern-42';

/** A signed-in browser, as far as the API can tell: its cookie and CSRF token. */
export class Session {
  constructor(
    readonly app: App,
    readonly cookie: string,
    readonly csrf: string,
  ) {}

  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    return this.app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}) => this.request('POST', url, body);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'chorus_session');
  if (!cookie) throw new Error(`No session cookie in a ${response.statusCode} response: ${response.body}`);
  return `chorus_session=${cookie.value}`;
}

export async function sessionFrom(app: App, response: LightMyRequestResponse): Promise<Session> {
  const cookie = sessionCookie(response);
  const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
  return new Session(app, cookie, me.json().csrfToken);
}

export interface SignedUpOrg {
  admin: Session;
  organisationId: string;
  email: string;
}

export async function signUpOrganisation(app: App, name = 'Test Trust'): Promise<SignedUpOrg> {
  const email = uniqueEmail('admin');
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    payload: { organisationName: name, name: 'Ada Admin', email, password: GOOD_PASSWORD },
  });
  if (response.statusCode !== 201) throw new Error(`Sign-up failed: ${response.body}`);
  return { admin: await sessionFrom(app, response), organisationId: response.json().organisationId, email };
}

/** Invites someone with a role and accepts as a new person; returns their session. */
export async function addMember(app: App, org: SignedUpOrg, role: 'admin' | 'strategy_team' | 'leader' | 'staff') {
  const email = uniqueEmail(role);
  const invited = await org.admin.post(`/api/v1/orgs/${org.organisationId}/invitations`, { email, role });
  if (invited.statusCode !== 201) throw new Error(`Invite failed: ${invited.body}`);
  const token = await latestInvitationToken(org, email);
  const accepted = await app.inject({
    method: 'POST',
    url: `/api/v1/invitations/${token}/accept`,
    payload: { name: `Member ${role}`, password: GOOD_PASSWORD },
  });
  if (accepted.statusCode !== 200) throw new Error(`Accept failed: ${accepted.body}`);
  return { session: await sessionFrom(app, accepted), email, invitationId: invited.json().id as string };
}

/** Reads the invitation link out of the outbox, as an admin without SMTP would. */
export async function latestInvitationToken(org: SignedUpOrg, email: string): Promise<string> {
  const outbox = await org.admin.get(`/api/v1/orgs/${org.organisationId}/outbox`);
  const message = (outbox.json().messages as { to: string; text: string }[]).find((m) => m.to === email);
  const token = message?.text.match(/\/invitations\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`No invitation for ${email} in the outbox: ${outbox.body}`);
  return token;
}
