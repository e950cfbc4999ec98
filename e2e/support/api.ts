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

export interface WorkforceSetUp {
  /** Division name → id. */
  divisions: Record<string, string>;
  /** Site name → id. */
  sites: Record<string, string>;
  /** Staff group name → id (the ESR groups every organisation starts with). */
  staffGroups: Record<string, string>;
}

/**
 * Divisions, sites and whole-division headcounts, so that a survey's "About you" questions have
 * something to choose from and coverage has denominators. `headcounts` is
 * [division, staff group, headcount].
 */
export async function setUpWorkforceByApi(
  page: Page,
  orgId: string,
  shape: { divisions: string[]; sites: string[]; headcounts: [string, string, number][] },
): Promise<WorkforceSetUp> {
  const headers = { 'X-CSRF-Token': await csrf(page.request) };
  const base = `/api/v1/orgs/${orgId}/workforce`;
  const workforce = (await (await page.request.get(base)).json()) as { staffGroups: { id: string; name: string }[] };
  const addUnit = async (kind: 'division' | 'site', name: string) => {
    const response = await page.request.post(`${base}/units`, { data: { kind, name }, headers });
    expect(response.status(), await response.text()).toBe(201);
    return [name, ((await response.json()) as { id: string }).id] as const;
  };
  const divisions = Object.fromEntries(await Promise.all(shape.divisions.map((name) => addUnit('division', name))));
  const sites = Object.fromEntries(await Promise.all(shape.sites.map((name) => addUnit('site', name))));
  const staffGroups = Object.fromEntries(workforce.staffGroups.map((g) => [g.name, g.id]));
  const cells = shape.headcounts.map(([division, group, headcount]) => {
    if (!divisions[division] || !staffGroups[group]) throw new Error(`No division "${division}" or staff group "${group}"`);
    return { divisionId: divisions[division], staffGroupId: staffGroups[group], siteId: null, headcount };
  });
  const set = await page.request.put(`${base}/headcounts`, { data: { cells }, headers });
  expect(set.status(), await set.text()).toBe(200);
  return { divisions, sites, staffGroups };
}

/**
 * The "Digital experience of staff" template, its short-text question renamed, published, with
 * its open link on behind an access code: what the strategy team does by hand in
 * discover-survey.spec.ts, for journeys whose subject is what staff do next.
 */
export async function publishTemplateSurveyByApi(
  page: Page,
  strategyId: string,
  survey: { title: string; renameQuestion: { from: string; to: string }; accessCode: string },
): Promise<{ surveyId: string; url: string }> {
  const headers = { 'X-CSRF-Token': await csrf(page.request) };
  const created = await page.request.post(`/api/v1/strategies/${strategyId}/surveys`, {
    data: { title: survey.title, template: 'digital_experience' },
    headers,
  });
  expect(created.status(), await created.text()).toBe(201);
  const surveyId = ((await created.json()) as { id: string }).id;
  const builder = (await (await page.request.get(`/api/v1/surveys/${surveyId}`)).json()) as { questions: { id: string; title: string }[] };
  const question = builder.questions.find((q) => q.title === survey.renameQuestion.from);
  if (!question) throw new Error(`The template has no question "${survey.renameQuestion.from}"`);
  const renamed = await page.request.patch(`/api/v1/surveys/${surveyId}/questions/${question.id}`, {
    data: { title: survey.renameQuestion.to },
    headers,
  });
  expect(renamed.status(), await renamed.text()).toBe(200);
  const published = await page.request.post(`/api/v1/surveys/${surveyId}/publish`, { headers });
  expect(published.status(), await published.text()).toBe(200);
  const link = await page.request.put(`/api/v1/surveys/${surveyId}/distribution/open-link`, { data: { enabled: true }, headers });
  expect(link.status(), await link.text()).toBe(200);
  const coded = await page.request.put(`/api/v1/surveys/${surveyId}/distribution/access-code`, { data: { code: survey.accessCode }, headers });
  expect(coded.status(), await coded.text()).toBe(200);
  const url = ((await coded.json()) as { openLink: { url: string } | null }).openLink?.url;
  if (!url) throw new Error('The open link did not turn on');
  return { surveyId, url };
}

/** Signs the page in (its cookies), for a later test of a journey whose first test signed up. */
export async function signInByApi(page: Page, person: { email: string; password: string }): Promise<void> {
  const response = await page.request.post('/api/v1/auth/sign-in', { data: { email: person.email, password: person.password } });
  expect(response.status(), await response.text()).toBe(200);
}
