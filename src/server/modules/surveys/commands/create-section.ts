import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditSurvey, beginEditing, touchSurvey } from '../editing.js';
import { surveySections } from '../tables.js';

/** Adds a section at the end of the survey. */
export async function createSection(ctx: AppContext, actor: Actor, surveyId: string, input: { title: string; description: string }) {
  return ctx.db.transaction(async (tx) => {
    const { survey, definition } = await beginEditing(tx, actor, surveyId);
    const [row] = await tx
      .insert(surveySections)
      .values({ surveyId, position: definition.sections.length, title: input.title, description: input.description })
      .returning();
    await touchSurvey(tx, surveyId);
    await auditSurvey(tx, actor, survey, {
      action: 'survey.section_created',
      subjectType: 'survey_section',
      subjectId: row!.id,
      after: { title: row!.title, description: row!.description },
    });
    return row!;
  });
}
