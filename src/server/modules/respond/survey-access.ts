import { createHmac, timingSafeEqual } from 'node:crypto';
import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { hashToken } from '../../platform/secrets.js';
import { surveyInvitations, surveys } from '../surveys/tables.js';

export type SurveyRow = typeof surveys.$inferSelect;
export type InvitationRow = typeof surveyInvitations.$inferSelect;

/** Whether respondents can answer now; a draft survey is not there at all as far as they know. */
export type Availability = 'open' | 'not_open' | 'closed' | 'unavailable';

export function availability(survey: SurveyRow, now = new Date()): Availability {
  if (survey.status === 'draft' || survey.source !== 'chorus') return 'unavailable';
  if (survey.status === 'closed' || (survey.closesAt && survey.closesAt <= now)) return 'closed';
  if (survey.opensAt && survey.opensAt > now) return 'not_open';
  return 'open';
}

/** A survey of the actor's organisation; another organisation's survey is "not found". */
export async function loadSurveyOf(db: Db, organisationId: string, surveyId: string, forUpdate = false): Promise<SurveyRow> {
  const query = db.select().from(surveys).where(and(eq(surveys.id, surveyId), eq(surveys.organisationId, organisationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('That survey');
  return row;
}

export async function surveyBySlug(db: Db, slug: string): Promise<SurveyRow | null> {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(slug)) return null;
  const [row] = await db.select().from(surveys).where(eq(surveys.openLinkSlug, slug));
  return row ?? null;
}

export async function invitationByToken(db: Db, token: string, forUpdate = false) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const query = db
    .select({ invitation: surveyInvitations, survey: surveys })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .where(or(eq(surveyInvitations.tokenHash, hashToken(token)), eq(surveyInvitations.previousTokenHash, hashToken(token))));
  const [row] = forUpdate ? await query.for('update', { of: surveyInvitations }) : await query;
  return row ?? null;
}

/**
 * Proof, carried in the respondent's form, that they typed the right access code. It is keyed
 * by the code's stored hash (a server-side secret), so it cannot be forged, works on any server
 * process, and stops working when the code is changed or the link is regenerated.
 */
export function accessPass(survey: SurveyRow): string {
  return createHmac('sha256', survey.accessCodeHash ?? '').update(`open-link:${survey.id}:${survey.openLinkSlug}`).digest('base64url');
}

export function hasAccessPass(survey: SurveyRow, pass: string | undefined): boolean {
  if (!survey.accessCodeHash) return true;
  if (!pass) return false;
  const expected = Buffer.from(accessPass(survey));
  const given = Buffer.from(pass);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
