import type { LightMyRequestResponse } from 'fastify';
import type { ProfileDimension, QuestionType } from '../../shared/contracts/survey-definition.js';
import type { Db } from '../platform/db/client.js';
import type { App } from '../platform/module.js';
import type { SignedUpOrg } from './harness.js';
import { surveyQuestions, surveys, surveySections } from '../modules/surveys/tables.js';

/**
 * Test factory: surveys written straight into their tables (so these tests do not depend on
 * the builder's API), and a tiny form-filling "browser" for the server-rendered pages.
 */

export interface TestQuestion {
  ref: string;
  type: QuestionType;
  title?: string;
  required?: boolean;
  options?: string[];
  rows?: string[];
  dimension?: ProfileDimension;
  showIf?: { ref: string; operator: 'equals' | 'not_equals' | 'includes'; value: string };
}

export interface TestSurveyInput {
  title?: string;
  intro?: string;
  thankYou?: string;
  status?: 'draft' | 'open' | 'closed';
  anonymous?: boolean;
  opensAt?: Date | null;
  closesAt?: Date | null;
  sections: { title: string; description?: string; questions: TestQuestion[] }[];
}

export interface TestSurvey {
  surveyId: string;
  sectionIds: string[];
  /** Question ids by `ref`. */
  q: Record<string, string>;
}

const key = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

export async function newTestStrategy(org: SignedUpOrg): Promise<string> {
  const response = await org.admin.post(`/api/v1/orgs/${org.organisationId}/strategies`, { name: 'Digital Strategy', startYear: 2026, endYear: 2029 });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id;
}

export async function createTestSurvey(db: Db, org: SignedUpOrg, strategyId: string, input: TestSurveyInput): Promise<TestSurvey> {
  const [survey] = await db
    .insert(surveys)
    .values({
      organisationId: org.organisationId,
      strategyId,
      title: input.title ?? 'Digital tools at work',
      intro: input.intro ?? 'Tell us which digital tools help you.\n\nIt takes five minutes.',
      thankYou: input.thankYou ?? 'We will share what we heard in the spring.',
      status: input.status ?? 'open',
      anonymous: input.anonymous ?? true,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
    })
    .returning();
  const q: Record<string, string> = {};
  const sectionIds: string[] = [];
  for (const [position, section] of input.sections.entries()) {
    const [row] = await db
      .insert(surveySections)
      .values({ surveyId: survey!.id, position, title: section.title, description: section.description ?? '' })
      .returning();
    sectionIds.push(row!.id);
    for (const [qPosition, question] of section.questions.entries()) {
      const [inserted] = await db
        .insert(surveyQuestions)
        .values({
          surveyId: survey!.id,
          sectionId: row!.id,
          position: qPosition,
          type: question.type,
          title: question.title ?? `Question ${question.ref}`,
          required: question.required ?? false,
          options: (question.options ?? []).map((label) => ({ key: key(label), label })),
          rows: (question.rows ?? []).map((label) => ({ key: key(label), label })),
          dimension: question.dimension ?? null,
          showIf: question.showIf ? { questionId: q[question.showIf.ref]!, operator: question.showIf.operator, value: question.showIf.value } : null,
        })
        .returning();
      q[question.ref] = inserted!.id;
    }
  }
  return { surveyId: survey!.id, sectionIds, q };
}

/** Turns on the open link through the API and returns its slug. */
export async function openLinkOf(org: SignedUpOrg, surveyId: string): Promise<string> {
  const response = await org.admin.put(`/api/v1/surveys/${surveyId}/distribution/open-link`, { enabled: true });
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json().openLink.slug;
}

/** Personal links in the outbox, newest last, by address. */
export async function invitationLinks(org: SignedUpOrg): Promise<Map<string, string>> {
  const outbox = await org.admin.get(`/api/v1/orgs/${org.organisationId}/outbox`);
  const links = new Map<string, string>();
  const messages = [...(outbox.json().messages as { to: string; text: string; createdAt?: string }[])].reverse();
  for (const m of messages) {
    const token = m.text.match(/\/r\/([A-Za-z0-9_-]+)/)?.[1];
    if (token) links.set(m.to, token);
  }
  return links;
}

const decode = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The hidden fields of the nth form posting to `action` on a page. */
export function hiddenFields(html: string, action: string, nth = 0): Record<string, string> {
  const forms = [...html.matchAll(/<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)].filter((m) => decode(m[1]!) === action);
  const form = forms[nth];
  if (!form) throw new Error(`No form ${nth} posting to ${action} in:\n${html.slice(0, 3000)}`);
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = input[0].match(/name="([^"]*)"/)?.[1];
    const value = input[0].match(/value="([^"]*)"/)?.[1] ?? '';
    if (name) fields[name] = decode(value);
  }
  return fields;
}

/** Posts a form as a browser with JavaScript off would: urlencoded, repeated names for checkboxes. */
export function postForm(app: App, url: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
  return app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, payload: body.toString() });
}

/** The page's main heading, for readable assertions. */
export const h1 = (html: string) => decode(html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1]?.replace(/<[^>]+>/g, '').trim() ?? '');
