import type { MoveQuestion } from '../../../../shared/contracts/surveys.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertConditionsHold, auditSurvey, beginEditing, findQuestion, findSection, inSectionOrder, saveOrder, touchSurvey } from '../editing.js';

/**
 * Moves a question one step (crossing into the next or previous section at the edges) or to a
 * position in a section. A move that would put a question above the one it depends on, or a
 * question below one that depends on it, is refused with both named: clearing the condition
 * silently would change who is asked what.
 */
export async function moveQuestion(ctx: AppContext, actor: Actor, surveyId: string, questionId: string, move: MoveQuestion) {
  return ctx.db.transaction(async (tx) => {
    const editing = await beginEditing(tx, actor, surveyId);
    const question = findQuestion(editing, questionId);
    const { definition } = editing;
    const sections = definition.sections;
    const others = definition.questions.filter((q) => q.id !== questionId);
    const sectionIndex = sections.findIndex((s) => s.id === question.sectionId);
    const inOwn = definition.questions.filter((q) => q.sectionId === question.sectionId);
    const from = inOwn.indexOf(question);

    let target = question.sectionId;
    let position: number;
    if (move.direction) {
      const step = move.direction === 'up' ? -1 : 1;
      if (from + step >= 0 && from + step < inOwn.length) {
        position = from + step;
      } else {
        const neighbour = sections[sectionIndex + step];
        if (!neighbour) return { moved: false };
        target = neighbour.id;
        // Up from the top lands at the end of the section above; down from the bottom, at the top of the one below.
        position = step < 0 ? others.filter((q) => q.sectionId === target).length : 0;
      }
    } else {
      target = move.sectionId ? findSection(editing, move.sectionId).id : question.sectionId;
      position = Math.min(move.position ?? 0, others.filter((q) => q.sectionId === target).length);
    }
    const inTarget = others.filter((q) => q.sectionId === target);
    const moved = { ...question, sectionId: target };
    inTarget.splice(position, 0, moved);
    const next = { sections, questions: inSectionOrder(sections, [...others.filter((q) => q.sectionId !== target), ...inTarget]) };
    if (next.questions.every((q, i) => q.id === definition.questions[i]!.id) && target === question.sectionId) return { moved: false };
    assertConditionsHold(next, 'Moving this question', definition);
    await saveOrder(tx, definition, next);
    await touchSurvey(tx, surveyId);
    await auditSurvey(tx, actor, editing.survey, {
      action: 'survey.question_moved',
      subjectType: 'survey_question',
      subjectId: questionId,
      before: { sectionId: question.sectionId, position: from },
      after: { sectionId: target, position },
    });
    return { moved: true };
  });
}
