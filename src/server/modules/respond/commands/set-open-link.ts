import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { surveys } from '../../surveys/tables.js';
import { loadSurveyOf } from '../survey-access.js';
import { auditActor } from '../../../platform/audit-actor.js';

/** 12 URL-safe characters (72 random bits): short enough to type from a poster, too many to guess. */
export const newSlug = () => randomBytes(9).toString('base64url');

/**
 * Turns the open link on or off. Turning it on again after it was off makes a new link, so a
 * link withdrawn from a poster stays withdrawn.
 */
export async function setOpenLink(ctx: AppContext, actor: Actor, surveyId: string, enabled: boolean) {
  return ctx.db.transaction(async (tx) => {
    const survey = await loadSurveyOf(tx, actor.member.organisationId, surveyId, true);
    if (enabled === (survey.openLinkSlug !== null)) return survey;
    // A closed survey takes no answers: a new link would only lead people to the "closed" page.
    if (enabled && survey.status === 'closed') {
      throw conflict('This survey has closed, so its open link cannot be turned on. Reopen the survey first if you need more answers.');
    }
    const [updated] = await tx
      .update(surveys)
      .set({ openLinkSlug: enabled ? newSlug() : null, updatedAt: sql`now()` })
      .where(eq(surveys.id, surveyId))
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: survey.organisationId,
      action: enabled ? 'survey.open_link_enabled' : 'survey.open_link_disabled',
      subjectType: 'survey',
      subjectId: survey.id,
      before: { openLink: survey.openLinkSlug !== null },
      after: { openLink: enabled },
    });
    return updated!;
  });
}
