import { eq } from 'drizzle-orm';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertConditionsHold, auditSurvey, beginEditing, findQuestion, saveOrder, touchSurvey } from '../editing.js';
import { surveyQuestions } from '../tables.js';

/**
 * Deletes a question nobody has answered. Refused when a later question depends on it:
 * the builder names that question, so the person can change its condition first.
 */
export async function deleteQuestion(ctx: AppContext, actor: Actor, surveyId: string, questionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const editing = await beginEditing(tx, actor, surveyId);
    const question = findQuestion(editing, questionId);
    const { definition } = editing;
    if (editing.answered.questions.has(questionId)) {
      throw conflict('People have answered this question, so it cannot be deleted: their answers would be lost from the results. You can reword it instead.');
    }
    const next = { sections: definition.sections, questions: definition.questions.filter((q) => q.id !== questionId) };
    assertConditionsHold(next, 'Deleting this question', definition);
    if (editing.survey.status !== 'draft' && next.questions.length === 0) {
      throw conflict(`This survey is ${editing.survey.status}, so it must keep at least one question.`);
    }
    await tx.delete(surveyQuestions).where(eq(surveyQuestions.id, questionId));
    await saveOrder(tx, definition, next);
    await touchSurvey(tx, surveyId);
    await auditSurvey(tx, actor, editing.survey, {
      action: 'survey.question_deleted',
      subjectType: 'survey_question',
      subjectId: questionId,
      before: { title: question.title, type: question.type },
    });
  });
}
