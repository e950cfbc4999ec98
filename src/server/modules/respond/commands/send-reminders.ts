import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { surveyInvitations } from '../../surveys/tables.js';
import { loadSurveyOf } from '../survey-access.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { emailInvitations } from './email-invitations.js';
import { assertCanSend } from './send-invitations.js';

/**
 * Reminds only people who were invited and have not responded. That works in anonymous surveys
 * too, because "this invitation was used" is a bare flag on the invitation, kept apart from the
 * response. Tokens are stored hashed, so each reminder carries a new link; the previous one still works.
 */
export async function sendReminders(ctx: AppContext, actor: Actor, surveyId: string): Promise<{ sent: number }> {
  const sent = await ctx.db.transaction(async (tx) => {
    const survey = await loadSurveyOf(tx, actor.member.organisationId, surveyId, true);
    assertCanSend(survey);
    const pending = await tx
      .select({ id: surveyInvitations.id, email: surveyInvitations.email })
      .from(surveyInvitations)
      .where(and(
        eq(surveyInvitations.surveyId, surveyId),
        eq(surveyInvitations.responded, false),
        eq(surveyInvitations.sent, true),
      ));
    if (pending.length === 0) throw conflict('There is no one to remind: everyone invited has responded.');
    await emailInvitations(ctx, tx, survey, pending, true);
    await writeAudit(tx, auditActor(actor), {
      organisationId: survey.organisationId,
      action: 'survey.reminders_sent',
      subjectType: 'survey',
      subjectId: survey.id,
      after: { sent: pending.length },
    });
    return pending.length;
  });
  await ctx.mailer.dispatch();
  return { sent };
}
