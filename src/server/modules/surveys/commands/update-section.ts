import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditSurvey, beginEditing, findSection, touchSurvey } from '../editing.js';
import { surveySections } from '../tables.js';

/** Renames a section or changes its description: wording only, safe at any time. */
export async function updateSection(
  ctx: AppContext,
  actor: Actor,
  surveyId: string,
  sectionId: string,
  input: { title?: string | undefined; description?: string | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const editing = await beginEditing(tx, actor, surveyId);
    const before = findSection(editing, sectionId);
    const [after] = await tx
      .update(surveySections)
      .set({ title: input.title ?? before.title, description: input.description ?? before.description })
      .where(eq(surveySections.id, sectionId))
      .returning();
    await touchSurvey(tx, surveyId);
    await auditSurvey(tx, actor, editing.survey, {
      action: 'survey.section_updated',
      subjectType: 'survey_section',
      subjectId: sectionId,
      before: { title: before.title, description: before.description },
      after: { title: after!.title, description: after!.description },
    });
    return after!;
  });
}
