import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { AppError } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { surveyInvitations } from '../../surveys/tables.js';
import { loadSurveyOf } from '../survey-access.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { parseInvitationList } from './parse-invitation-list.js';

const BATCH = 1000;

/**
 * Adds people to a survey's invitation list, all or nothing: one bad line and nothing is stored,
 * with every problem listed by line. Addresses already on the list are skipped. No email goes
 * out yet: the invitations wait, unsent, until someone sends them.
 */
export async function importInvitations(ctx: AppContext, actor: Actor, surveyId: string, text: string) {
  const parsed = parseInvitationList(text);
  if (parsed.problems.length > 0) {
    const shown = parsed.problems.slice(0, 100);
    throw new AppError(
      400,
      'invalid_invitation_list',
      parsed.problems.length === 1 ? parsed.problems[0]!.message : `The list has ${parsed.problems.length} problems. Nothing was added; fix them and try again.`,
      shown.map((p) => ({ field: `line ${p.line}`, message: p.message })),
    );
  }
  return ctx.db.transaction(async (tx) => {
    const survey = await loadSurveyOf(tx, actor.member.organisationId, surveyId, true);
    if (survey.status === 'closed') throw new AppError(409, 'survey_closed', 'This survey is closed, so no one new can be invited.');
    const existing = await tx
      .select({ email: sql<string>`lower(${surveyInvitations.email})` })
      .from(surveyInvitations)
      .where(eq(surveyInvitations.surveyId, surveyId));
    const known = new Set(existing.map((r) => r.email));
    const fresh = parsed.emails.filter((e) => !known.has(e));
    for (let i = 0; i < fresh.length; i += BATCH) {
      await tx.insert(surveyInvitations).values(
        // The token is made when the email is sent; until then there is no link at all.
        fresh.slice(i, i + BATCH).map((email) => ({ surveyId, email })),
      );
    }
    await writeAudit(tx, auditActor(actor), {
      organisationId: survey.organisationId,
      action: 'survey.invitations_imported',
      subjectType: 'survey',
      subjectId: survey.id,
      after: { added: fresh.length, skipped: parsed.duplicates + parsed.emails.length - fresh.length },
    });
    return { added: fresh.length, duplicates: parsed.duplicates + parsed.emails.length - fresh.length };
  });
}
