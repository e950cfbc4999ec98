import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import type { AppContext } from '../../../platform/module.js';
import { hashToken, newToken } from '../../../platform/secrets.js';
import type { SurveyRow } from '../survey-access.js';

const BATCH = 500;

const closing = (survey: SurveyRow) =>
  survey.closesAt
    ? `The survey closes on ${survey.closesAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' })}.`
    : '';

function invitationText(ctx: AppContext, survey: SurveyRow, token: string, reminder: boolean): string {
  return [
    'Hello,',
    '',
    reminder
      ? `This is a reminder: we would still like to hear from you in "${survey.title}".`
      : `You are invited to take part in "${survey.title}".`,
    closing(survey),
    '',
    `Your personal link: ${ctx.config.publicUrl}/r/${token}`,
    '',
    'The link works once. You can stop part-way and come back to it later with the same link.',
    reminder ? 'The link in our earlier email works too.' : '',
    survey.anonymous
      ? 'Your answers are anonymous: once you submit, they are kept apart from this invitation and no one can tell which answers are yours.'
      : 'This survey is not anonymous: your answers are kept with your invitation.',
  ]
    .filter((line, i, all) => line !== '' || (all[i - 1] ?? '') !== '')
    .join('\n');
}

/**
 * Gives each invitation a fresh single-use token and queues its email in the caller's
 * transaction. Only the token's hash is stored; the token itself exists only in the email.
 * The previous email's link keeps working (one step back), so a reminder never strands
 * someone who half-filled the survey from the first email.
 */
export async function emailInvitations(
  ctx: AppContext,
  tx: Db,
  survey: SurveyRow,
  invitations: { id: string; email: string }[],
  reminder: boolean,
): Promise<void> {
  for (let i = 0; i < invitations.length; i += BATCH) {
    const chunk = invitations.slice(i, i + BATCH).map((inv) => ({ ...inv, token: newToken() }));
    const values = sql.join(chunk.map((c) => sql`(${c.id}::uuid, ${hashToken(c.token)})`), sql`, `);
    await tx.execute(sql`
      UPDATE survey_invitations AS i
      SET previous_token_hash = i.token_hash, token_hash = v.hash, sent = true,
          reminders_sent = i.reminders_sent + ${reminder ? 1 : 0}
      FROM (VALUES ${values}) AS v(id, hash)
      WHERE i.id = v.id`);
    for (const c of chunk) {
      await ctx.mailer.queue(tx, {
        organisationId: survey.organisationId,
        to: c.email,
        subject: reminder ? `Reminder: ${survey.title}` : `Have your say: ${survey.title}`,
        text: invitationText(ctx, survey, c.token, reminder),
      });
    }
  }
}
