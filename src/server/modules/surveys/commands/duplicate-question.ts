import { randomUUID } from 'node:crypto';
import type { QuestionDefinition } from '../../../../shared/contracts/survey-definition.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import {
  assertOneProfilePerDimension,
  assertStillPublishable,
  auditSurvey,
  beginEditing,
  findQuestion,
  saveOrder,
  touchSurvey,
} from '../editing.js';
import { surveyQuestions } from '../tables.js';

/**
 * Copies a question just below the original, with a new id. Option keys are kept: they are
 * scoped to their question everywhere (answers, counts, conditions), so a copy needs no new
 * ones. The copy keeps the original's condition (its parent is still earlier); questions
 * that depend on the original keep depending on the original.
 */
export async function duplicateQuestion(ctx: AppContext, actor: Actor, surveyId: string, questionId: string): Promise<QuestionDefinition> {
  return ctx.db.transaction(async (tx) => {
    const editing = await beginEditing(tx, actor, surveyId);
    const original = findQuestion(editing, questionId);
    const { definition } = editing;
    const copy: QuestionDefinition = {
      ...original,
      id: randomUUID(),
      options: original.options.map((o) => ({ ...o })),
      rows: original.rows.map((r) => ({ ...r })),
      showIf: original.showIf ? { ...original.showIf } : null,
    };
    const questions = [...definition.questions];
    questions.splice(questions.indexOf(original) + 1, 0, copy);
    const next = { sections: definition.sections, questions };
    assertOneProfilePerDimension(next, definition);
    assertStillPublishable(editing, next);
    const position = questions.filter((q) => q.sectionId === copy.sectionId).indexOf(copy);
    await tx.insert(surveyQuestions).values({ ...copy, surveyId, position });
    await saveOrder(tx, definition, next);
    await touchSurvey(tx, surveyId);
    await auditSurvey(tx, actor, editing.survey, {
      action: 'survey.question_duplicated',
      subjectType: 'survey_question',
      subjectId: copy.id,
      after: { title: copy.title, type: copy.type, copiedFrom: original.id },
    });
    return copy;
  });
}
