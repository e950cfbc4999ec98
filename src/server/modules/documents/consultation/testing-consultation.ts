import { and, eq } from 'drizzle-orm';
import { todayInLondon } from '../../../../shared/calendar-date.js';
import type { App } from '../../../platform/module.js';
import { addMember, signUpOrganisation, type Session, type SignedUpOrg, type TestApp } from '../../../testing/harness.js';
import { h1, hiddenFields, newTestStrategy, postForm } from '../../../testing/surveys.js';
import { organisations } from '../../organisations/index.js';
import { surveyQuestions } from '../../surveys/index.js';
import { staffGroups } from '../../workforce/index.js';
import { consultationSections, documentConsultations } from './tables.js';

/*
 * A consultation with 20 staff answers sent through the real staff pages, for the consultation's
 * tests: 12 nurses, 6 admin staff and 2 doctors, minimum group size 5, so the doctors never show.
 * On the first section the nurses say 8 yes and 4 partly, admin staff yes, doctors no.
 */

/** Valid check digit, fictional: planted so a test can prove it never leaves the library unmasked. */
export const PLANTED_NHS = '485 777 3457';
export const PLANTED_EMAIL = 'jo.bloggs@example.org';
export const PLANTED_COMMENT = `Email me at ${PLANTED_EMAIL} about patient ${PLANTED_NHS}, the discharge part is wrong.`;
export const MARKUP_COMMENT = 'The roadmap <script>alert(1)</script> needs dates & owners';

export const daysFromToday = (days: number) => new Date(Date.parse(`${todayInLondon()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Answers the survey as a member of staff with JavaScript off would, page by page. */
export async function answerThroughPages(app: App, slug: string, fields: Record<string, string>): Promise<string | undefined> {
  const intro = await app.inject({ method: 'GET', url: `/s/${slug}` });
  let page = await postForm(app, `/s/${slug}/page`, { ...hiddenFields(intro.body, `/s/${slug}/page`), nav: 'start' });
  for (let step = 0; step < 30 && h1(page.body) !== 'Check your answers before sending them'; step += 1) {
    page = await postForm(app, `/s/${slug}/page`, { ...hiddenFields(page.body, `/s/${slug}/page`), nav: 'continue', ...fields });
  }
  const submitted = await postForm(app, `/s/${slug}/submit`, hiddenFields(page.body, `/s/${slug}/submit`));
  return submitted.headers.location as string | undefined;
}

export interface Seeded {
  org: SignedUpOrg;
  outsider: SignedUpOrg;
  leader: Session;
  team: Session;
  staff: Session;
  strategyId: string;
  versionId: string;
  surveyId: string;
  slug: string;
  token: string;
  sections: (typeof consultationSections.$inferSelect)[];
  groups: Record<string, string>;
}

export async function seedConsultation(t: TestApp): Promise<Seeded> {
  const org = await signUpOrganisation(t.app, 'Consultation Trust');
  const outsider = await signUpOrganisation(t.app, 'Another Trust');
  const leader = (await addMember(t.app, org, 'leader')).session;
  const team = (await addMember(t.app, org, 'strategy_team')).session;
  const staff = (await addMember(t.app, org, 'staff')).session;
  await t.ctx.db.update(organisations).set({ minGroupSize: 5 }).where(eq(organisations.id, org.organisationId));
  await t.ctx.db.delete(staffGroups).where(eq(staffGroups.organisationId, org.organisationId));
  const rows = await t.ctx.db.insert(staffGroups).values(['Nursing', 'Admin', 'Doctors'].map((name, position) => ({ organisationId: org.organisationId, name, position }))).returning();
  const groups = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  const strategyId = await newTestStrategy(org);
  const frozen = await org.admin.post(`/api/v1/strategies/${strategyId}/document/versions`, { changeNote: 'Draft for staff' });
  if (frozen.statusCode !== 201) throw new Error(frozen.body);
  const versionId = frozen.json().id as string;
  const opened = await team.post(`/api/v1/document-versions/${versionId}/consultation`, { closesOn: daysFromToday(28) });
  if (opened.statusCode !== 201) throw new Error(opened.body);
  const [consultation] = await t.ctx.db.select().from(documentConsultations).where(eq(documentConsultations.versionId, versionId));
  const sections = await t.ctx.db.select().from(consultationSections).where(eq(consultationSections.consultationId, consultation!.id)).orderBy(consultationSections.position);
  const [groupQuestion] = await t.ctx.db.select().from(surveyQuestions).where(and(eq(surveyQuestions.surveyId, consultation!.surveyId!), eq(surveyQuestions.type, 'profile')));
  const [first, second] = sections;
  const people = [
    ...Array.from({ length: 12 }, (_, i) => ({ group: 'Nursing', support: i < 8 ? 'yes' : 'partly', comment: i === 0 ? PLANTED_COMMENT : undefined })),
    ...Array.from({ length: 6 }, (_, i) => ({ group: 'Admin', support: 'yes', comment: i === 0 ? MARKUP_COMMENT : undefined })),
    ...Array.from({ length: 2 }, () => ({ group: 'Doctors', support: 'no', comment: undefined })),
  ];
  for (const person of people) {
    const fields: Record<string, string> = { [`q_${groupQuestion!.id}`]: groups[person.group]!, [`q_${first!.supportQuestionId}`]: person.support };
    // The planted comment is on the first section; the markup one on the second, which nobody rates.
    if (person.comment === PLANTED_COMMENT) fields[`q_${first!.commentQuestionId}`] = person.comment;
    if (person.comment === MARKUP_COMMENT) fields[`q_${second!.commentQuestionId}`] = person.comment;
    const location = await answerThroughPages(t.app, opened.json().openLinkSlug, fields);
    if (!location?.endsWith('/done')) throw new Error(`An answer was not sent: ${location}`);
  }
  return {
    org, outsider, leader, team, staff, strategyId, versionId,
    surveyId: consultation!.surveyId!, slug: opened.json().openLinkSlug, token: consultation!.token, sections, groups,
  };
}
