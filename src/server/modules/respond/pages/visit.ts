import { and, eq } from 'drizzle-orm';
import type { Answers, ProfileChoices, SurveyDefinition } from '../../../../shared/contracts/survey-definition.js';
import type { Db } from '../../../platform/db/client.js';
import { organisations } from '../../organisations/index.js';
import { loadProfileChoices } from '../../workforce/index.js';
import { loadSurveyDefinition } from '../../surveys/index.js';
import { surveyInvitations } from '../../surveys/tables.js';
import { invitationByToken, surveyBySlug, type InvitationRow, type SurveyRow } from '../survey-access.js';

/**
 * One respondent's visit: through the open link (answers so far travel in the form itself,
 * nothing is kept on the server until they submit) or a personal invitation (answers so far
 * are the invitation's draft, so they can stop and come back).
 */
export interface Visit {
  kind: 'open' | 'invite';
  /** The address the pages post to: /s/<slug> or /r/<token>. */
  base: string;
  survey: SurveyRow;
  invitation: InvitationRow | null;
  organisationName: string;
}

export interface Progress {
  answers: Answers;
  /** Open link: proof the access code was typed (see accessPass). */
  pass?: string;
  /** Invitation draft: the section to resume at. */
  sectionId?: string;
}

async function organisationName(db: Db, id: string): Promise<string> {
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id));
  return row?.name ?? '';
}

export async function openVisit(db: Db, slug: string): Promise<Visit | null> {
  const survey = await surveyBySlug(db, slug);
  if (!survey) return null;
  return { kind: 'open', base: `/s/${slug}`, survey, invitation: null, organisationName: await organisationName(db, survey.organisationId) };
}

export async function inviteVisit(db: Db, token: string): Promise<Visit | null> {
  const row = await invitationByToken(db, token);
  if (!row) return null;
  return { kind: 'invite', base: `/r/${token}`, survey: row.survey, invitation: row.invitation, organisationName: await organisationName(db, row.survey.organisationId) };
}

export async function surveyContent(db: Db, survey: SurveyRow): Promise<{ definition: SurveyDefinition; profile: ProfileChoices }> {
  const [definition, profile] = await Promise.all([loadSurveyDefinition(db, survey.id), loadProfileChoices(db, survey.organisationId)]);
  return { definition, profile };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function progressFrom(value: unknown): Progress {
  if (!isRecord(value) || !isRecord(value.answers)) return { answers: {} };
  return {
    // Whatever comes back is checked again, question by question, before anything is stored.
    answers: value.answers as Answers,
    pass: typeof value.pass === 'string' ? value.pass : undefined,
    sectionId: typeof value.sectionId === 'string' ? value.sectionId : undefined,
  };
}

/** The open link's progress rides in a hidden form field: plain JSON, base64url-encoded. */
export function encodeState(progress: Progress): string {
  return Buffer.from(JSON.stringify({ answers: progress.answers, pass: progress.pass })).toString('base64url');
}

export function progressOf(visit: Visit, state: string | undefined): Progress {
  if (visit.kind === 'invite') return progressFrom(visit.invitation?.draft);
  if (!state || state.length > 200_000) return { answers: {} };
  try {
    return progressFrom(JSON.parse(Buffer.from(state, 'base64url').toString('utf8')));
  } catch {
    return { answers: {} };
  }
}

/** Save and resume: the invitation keeps the answers so far until the response is submitted. */
export async function saveDraft(db: Db, visit: Visit, answers: Answers, sectionId: string | null): Promise<void> {
  if (visit.kind !== 'invite' || !visit.invitation) return;
  await db
    .update(surveyInvitations)
    .set({ draft: { answers, sectionId } })
    .where(and(eq(surveyInvitations.id, visit.invitation.id), eq(surveyInvitations.responded, false)));
}
