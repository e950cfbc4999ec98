import { eq, sql } from 'drizzle-orm';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditSurvey, beginEditing } from '../editing.js';
import { surveys } from '../tables.js';

/** Stops taking responses now, whatever the closing date says. */
export async function closeSurvey(ctx: AppContext, actor: Actor, surveyId: string) {
  return ctx.db.transaction(async (tx) => {
    const { survey } = await beginEditing(tx, actor, surveyId);
    if (survey.status !== 'open') {
      throw conflict(survey.status === 'draft' ? 'This survey has not been published, so it cannot be closed.' : 'This survey is already closed.');
    }
    const [after] = await tx.update(surveys).set({ status: 'closed', updatedAt: sql`now()` }).where(eq(surveys.id, surveyId)).returning();
    await auditSurvey(tx, actor, after!, { action: 'survey.closed', before: { status: 'open' }, after: { status: 'closed' } });
    return after!;
  });
}
