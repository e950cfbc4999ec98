import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { surveyInvitations } from '../../surveys/tables.js';
import { loadSurveyOf, type SurveyRow } from '../survey-access.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { emailInvitations } from './email-invitations.js';

export function assertCanSend(survey: SurveyRow): void {
  if (survey.status === 'draft') throw conflict('Publish the survey before sending invitations, so the links work when people open them.');
  if (survey.status === 'closed' || (survey.closesAt && survey.closesAt <= new Date())) {
    throw conflict('This survey has closed, so no invitations or reminders can be sent.');
  }
}

/** Emails everyone imported but not yet invited. Sending twice never invites anyone twice. */
export async function sendInvitations(ctx: AppContext, actor: Actor, surveyId: string): Promise<{ sent: number }> {
  const sent = await ctx.db.transaction(async (tx) => {
    const survey = await loadSurveyOf(tx, actor.member.organisationId, surveyId, true);
    assertCanSend(survey);
    const unsent = await tx
      .select({ id: surveyInvitations.id, email: surveyInvitations.email })
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.sent, false)));
    if (unsent.length === 0) throw conflict('Everyone on the list has already been invited. Import more addresses, or send a reminder.');
    await emailInvitations(ctx, tx, survey, unsent, false);
    await writeAudit(tx, auditActor(actor), {
      organisationId: survey.organisationId,
      action: 'survey.invitations_sent',
      subjectType: 'survey',
      subjectId: survey.id,
      after: { sent: unsent.length },
    });
    return unsent.length;
  });
  await ctx.mailer.dispatch();
  return { sent };
}
