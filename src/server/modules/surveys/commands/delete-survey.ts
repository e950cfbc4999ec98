import { eq } from 'drizzle-orm';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditSurvey, beginEditing } from '../editing.js';
import { surveys } from '../tables.js';

/** Removes a survey nobody has answered (a trial, or a template started by mistake). */
export async function deleteSurvey(ctx: AppContext, actor: Actor, surveyId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { survey, hasResponses } = await beginEditing(tx, actor, surveyId);
    if (hasResponses) throw conflict('People have answered this survey, so it cannot be deleted. Close it instead.');
    await tx.delete(surveys).where(eq(surveys.id, surveyId));
    await auditSurvey(tx, actor, survey, { action: 'survey.deleted', before: { title: survey.title, status: survey.status } });
  });
}
