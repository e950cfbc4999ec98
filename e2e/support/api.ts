import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import type { Person } from './people.js';

/**
 * Quick set-up through the public API, for tests whose subject is not the set-up itself.
 * Calls made with `page.request` share the page's cookies, so the page is then signed in.
 */

async function csrf(api: APIRequestContext): Promise<string> {
  const me = await api.get('/api/v1/me');
  expect(me.ok()).toBe(true);
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}

export async function signUpByApi(page: Page, admin: { organisation: string; name: string; email: string; password: string }) {
  const response = await page.request.post('/api/v1/auth/sign-up', {
    data: { organisationName: admin.organisation, name: admin.name, email: admin.email, password: admin.password },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { organisationId: string }).organisationId;
}

/** Invites someone and returns the token from the invitation email in the outbox. */
export async function inviteByApi(page: Page, orgId: string, email: string, role: string): Promise<string> {
  const token = await csrf(page.request);
  const sent = await page.request.post(`/api/v1/orgs/${orgId}/invitations`, {
    data: { email, role },
    headers: { 'X-CSRF-Token': token },
  });
  expect(sent.status(), await sent.text()).toBe(201);
  const outbox = (await (await page.request.get(`/api/v1/orgs/${orgId}/outbox`)).json()) as { messages: { to: string; text: string }[] };
  const message = outbox.messages.find((m) => m.to === email);
  const match = message?.text.match(/\/invitations\/(\S+)/);
  if (!match?.[1]) throw new Error(`No invitation email to ${email} in the outbox`);
  return match[1];
}

/** The invited person accepts in a separate (cookie-less) client. */
export async function acceptByApi(baseURL: string, invitationToken: string, person: Person): Promise<void> {
  const api = await request.newContext({ baseURL });
  const response = await api.post(`/api/v1/invitations/${invitationToken}/accept`, {
    data: { name: person.name, password: person.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  await api.dispose();
}

export async function createStrategyByApi(page: Page, orgId: string, name: string): Promise<string> {
  const token = await csrf(page.request);
  const response = await page.request.post(`/api/v1/orgs/${orgId}/strategies`, {
    data: { name, startYear: 2026, endYear: 2029 },
    headers: { 'X-CSRF-Token': token },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export async function renameStrategyByApi(page: Page, strategyId: string, name: string): Promise<void> {
  const token = await csrf(page.request);
  const response = await page.request.patch(`/api/v1/strategies/${strategyId}`, {
    data: { name },
    headers: { 'X-CSRF-Token': token },
  });
  expect(response.status(), await response.text()).toBe(200);
}
