import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { hashPassword } from '../../../platform/secrets.js';
import { surveys } from '../../surveys/tables.js';
import { loadSurveyOf } from '../survey-access.js';
import { auditActor } from '../../../platform/audit-actor.js';

/** Codes are read off posters and typed on phones: case and surrounding spaces do not matter. */
export const normaliseAccessCode = (code: string) => code.trim().toLowerCase();

/**
 * Sets (or, with null, clears) the code staff type before using the open link. Stored like a
 * password; the audit trail records only that it changed, never the code.
 */
export async function setAccessCode(ctx: AppContext, actor: Actor, surveyId: string, code: string | null) {
  // Hashing is slow on purpose; do it before the transaction holds any lock.
  const hash = code === null ? null : await hashPassword(normaliseAccessCode(code));
  return ctx.db.transaction(async (tx) => {
    const survey = await loadSurveyOf(tx, actor.member.organisationId, surveyId, true);
    const [updated] = await tx
      .update(surveys)
      .set({ accessCodeHash: hash, updatedAt: sql`now()` })
      .where(eq(surveys.id, surveyId))
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: survey.organisationId,
      action: code === null ? 'survey.access_code_cleared' : 'survey.access_code_set',
      subjectType: 'survey',
      subjectId: survey.id,
    });
    return updated!;
  });
}
