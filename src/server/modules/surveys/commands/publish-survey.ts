import { eq, sql } from 'drizzle-orm';
import { checkDefinition } from '../../../../shared/survey-logic.js';
import { AppError, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditSurvey, beginEditing, nameQuestion } from '../editing.js';
import { surveys } from '../tables.js';

/**
 * Opens a draft survey. Refused while any question would confuse respondents; the problems
 * are listed per question (the field is the question's id) so the builder can link to each.
 */
export async function publishSurvey(ctx: AppContext, actor: Actor, surveyId: string) {
  return ctx.db.transaction(async (tx) => {
    const { survey, definition } = await beginEditing(tx, actor, surveyId);
    if (survey.status !== 'draft') {
      throw conflict(survey.status === 'open' ? 'This survey is already open.' : 'This survey is closed. Reopen it instead.');
    }
    if (definition.questions.length === 0) {
      throw new AppError(409, 'survey_not_ready', 'Add at least one question before publishing the survey.');
    }
    if (survey.closesAt && survey.closesAt <= new Date()) {
      throw new AppError(409, 'survey_not_ready', 'The closing date has passed. Change or clear it before publishing.', [
        { field: 'closesAt', message: 'The closing date must be in the future' },
      ]);
    }
    const problems = checkDefinition(definition);
    if (problems.length > 0) {
      throw new AppError(
        409,
        'survey_not_ready',
        problems.length === 1 ? 'There is 1 problem to fix before publishing.' : `There are ${problems.length} problems to fix before publishing.`,
        problems.map((p) => ({ field: p.questionId, message: `${nameQuestion(definition, p.questionId)}: ${p.message}` })),
      );
    }
    const [after] = await tx.update(surveys).set({ status: 'open', updatedAt: sql`now()` }).where(eq(surveys.id, surveyId)).returning();
    await auditSurvey(tx, actor, after!, {
      action: 'survey.published',
      before: { status: survey.status },
      after: { status: 'open', questions: definition.questions.length },
    });
    return after!;
  });
}
