import { eq } from 'drizzle-orm';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertConditionsHold, assertStillPublishable, auditSurvey, beginEditing, findSection, nameQuestion, saveOrder, touchSurvey } from '../editing.js';
import { surveySections } from '../tables.js';

/**
 * Deletes a section and its questions. Refused when any of its questions has answers (the
 * results would lose them) or when a question elsewhere depends on one of them.
 */
export async function deleteSection(ctx: AppContext, actor: Actor, surveyId: string, sectionId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const editing = await beginEditing(tx, actor, surveyId);
    const section = findSection(editing, sectionId);
    const { definition, answered } = editing;
    const inside = definition.questions.filter((q) => q.sectionId === sectionId);
    const withAnswers = inside.find((q) => answered.questions.has(q.id));
    if (withAnswers) {
      throw conflict(`${nameQuestion(definition, withAnswers.id)} in this section already has answers, so the section cannot be deleted. You can rename it instead.`);
    }
    const next = {
      sections: definition.sections.filter((s) => s.id !== sectionId),
      questions: definition.questions.filter((q) => q.sectionId !== sectionId),
    };
    assertConditionsHold(next, 'Deleting this section', definition);
    if (editing.survey.status !== 'draft' && next.questions.length === 0) {
      throw conflict(`This survey is ${editing.survey.status}, so it must keep at least one question.`);
    }
    assertStillPublishable(editing, next);
    await tx.delete(surveySections).where(eq(surveySections.id, sectionId));
    await saveOrder(tx, definition, next);
    await touchSurvey(tx, surveyId);
    await auditSurvey(tx, actor, editing.survey, {
      action: 'survey.section_deleted',
      subjectType: 'survey_section',
      subjectId: sectionId,
      before: { title: section.title, questions: inside.map((q) => q.title) },
    });
  });
}
