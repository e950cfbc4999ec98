import { eq, sql } from 'drizzle-orm';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditSurvey, beginEditing } from '../editing.js';
import { surveys } from '../tables.js';

/** Takes responses again after a close (a deadline extended, a ward that missed out). */
export async function reopenSurvey(ctx: AppContext, actor: Actor, surveyId: string) {
  return ctx.db.transaction(async (tx) => {
    const { survey } = await beginEditing(tx, actor, surveyId);
    if (survey.status !== 'closed') {
      throw conflict(survey.status === 'draft' ? 'This survey has not been published yet. Publish it instead.' : 'This survey is already open.');
    }
    if (survey.closesAt && survey.closesAt <= new Date()) {
      throw conflict('The closing date has passed. Change or clear the closing date before reopening the survey.', [
        { field: 'closesAt', message: 'The closing date must be in the future' },
      ]);
    }
    const [after] = await tx.update(surveys).set({ status: 'open', updatedAt: sql`now()` }).where(eq(surveys.id, surveyId)).returning();
    await auditSurvey(tx, actor, after!, { action: 'survey.reopened', before: { status: 'closed' }, after: { status: 'open' } });
    return after!;
  });
}
