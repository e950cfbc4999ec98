import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { App } from '../../platform/module.js';
import type { SignedUpOrg } from '../../testing/harness.js';

/**
 * Test helpers for staff voice, built on the real API (the builder, publishing, the open link)
 * and the respondent pages as a browser without JavaScript uses them.
 */

export const orgUrl = (org: SignedUpOrg, path: string) => `/api/v1/orgs/${org.organisationId}${path}`;

export async function addSystem(org: SignedUpOrg, fields: Record<string, unknown>) {
  const response = await org.admin.post(orgUrl(org, '/systems'), { lifecycle: 'active', criticality: 'medium', holdsPatientData: false, ...fields });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; name: string };
}

export async function newStrategy(org: SignedUpOrg): Promise<string> {
  const response = await org.admin.post(orgUrl(org, '/strategies'), { name: 'Digital Strategy', startYear: 2026, endYear: 2029 });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

export interface BuiltSurvey {
  surveyId: string;
  slug: string;
  q: { group: string; systems: string };
}

/** Survey: a required staff group question and a systems question about `systemIds`; published, open by link. */
export async function publishedSystemsSurvey(org: SignedUpOrg, strategyId: string, systemIds: string[]): Promise<BuiltSurvey> {
  const created = await org.admin.post(`/api/v1/strategies/${strategyId}/surveys`, { title: 'Systems at work' });
  expect(created.statusCode, created.body).toBe(201);
  const surveyId = created.json().id as string;
  const sectionId = (await org.admin.get(`/api/v1/surveys/${surveyId}`)).json().sections[0].id as string;
  const add = async (body: Record<string, unknown>, edit: Record<string, unknown>) => {
    const response = await org.admin.post(`/api/v1/surveys/${surveyId}/questions`, { sectionId, ...body });
    expect(response.statusCode, response.body).toBe(201);
    const id = (response.json().questions as { id: string; type: string }[]).filter((q) => q.type === body.type).at(-1)!.id;
    const edited = await org.admin.patch(`/api/v1/surveys/${surveyId}/questions/${id}`, edit);
    expect(edited.statusCode, edited.body).toBe(200);
    return id;
  };
  const group = await add({ type: 'profile', dimension: 'staff_group' }, { required: true });
  const systems = await add({ type: 'systems' }, { systemIds });
  const published = await org.admin.post(`/api/v1/surveys/${surveyId}/publish`, {});
  expect(published.statusCode, published.body).toBe(200);
  const link = await org.admin.put(`/api/v1/surveys/${surveyId}/distribution/open-link`, { enabled: true });
  expect(link.statusCode, link.body).toBe(200);
  return { surveyId, slug: link.json().openLink.slug, q: { group, systems } };
}

const decode = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hidden fields of the form posting to `action`. */
export function hiddenFields(html: string, action: string): Record<string, string> {
  const form = [...html.matchAll(/<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)].find((m) => decode(m[1]!) === action);
  if (!form) throw new Error(`No form posting to ${action} in:\n${html.slice(0, 3000)}`);
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = input[0].match(/name="([^"]*)"/)?.[1];
    if (name) fields[name] = decode(input[0].match(/value="([^"]*)"/)?.[1] ?? '');
  }
  return fields;
}

/** Posts a form as a browser with JavaScript off would. */
export function postForm(app: App, url: string, fields: Record<string, string>): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
}

export async function firstPage(app: App, slug: string) {
  const intro = await app.inject({ method: 'GET', url: `/s/${slug}` });
  expect(intro.statusCode, intro.body.slice(0, 300)).toBe(200);
  return postForm(app, `/s/${slug}/page`, { ...hiddenFields(intro.body, `/s/${slug}/page`), nav: 'start' });
}

/** One real response through the pages: a staff group and a rating for each system used. */
export async function respond(app: App, survey: BuiltSurvey, groupKey: string, ratings: Record<string, number>) {
  const page = await firstPage(app, survey.slug);
  const fields: Record<string, string> = { ...hiddenFields(page.body, `/s/${survey.slug}/page`), nav: 'continue', [`q_${survey.q.group}`]: groupKey };
  for (const [systemId, level] of Object.entries(ratings)) {
    fields[`q_${survey.q.systems}_${systemId}_use`] = 'yes';
    fields[`q_${survey.q.systems}_${systemId}`] = String(level);
  }
  const check = await postForm(app, `/s/${survey.slug}/page`, fields);
  expect(check.statusCode).toBe(200);
  expect(check.body).not.toContain('nhsuk-error-summary');
  const submitted = await postForm(app, `/s/${survey.slug}/submit`, hiddenFields(check.body, `/s/${survey.slug}/submit`));
  expect(submitted.statusCode).toBe(303);
}
