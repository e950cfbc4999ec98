import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertConditionsHold, auditSurvey, beginEditing, findSection, inSectionOrder, saveOrder, touchSurvey } from '../editing.js';

/** Moves a section one step up or down, or to a position; positions stay 0..n-1. */
export async function moveSection(
  ctx: AppContext,
  actor: Actor,
  surveyId: string,
  sectionId: string,
  move: { direction?: 'up' | 'down' | undefined; position?: number | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const editing = await beginEditing(tx, actor, surveyId);
    const section = findSection(editing, sectionId);
    const { definition } = editing;
    const from = definition.sections.indexOf(section);
    const last = definition.sections.length - 1;
    const to = Math.max(0, Math.min(last, move.position ?? (move.direction === 'up' ? from - 1 : from + 1)));
    if (to === from) return { moved: false };
    const sections = definition.sections.filter((s) => s.id !== sectionId);
    sections.splice(to, 0, section);
    const next = { sections, questions: inSectionOrder(sections, definition.questions) };
    assertConditionsHold(next, 'Moving this section', definition);
    await saveOrder(tx, definition, next);
    await touchSurvey(tx, surveyId);
    await auditSurvey(tx, actor, editing.survey, {
      action: 'survey.section_moved',
      subjectType: 'survey_section',
      subjectId: sectionId,
      before: { position: from },
      after: { position: to },
    });
    return { moved: true };
  });
}
