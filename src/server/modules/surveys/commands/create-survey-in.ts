import type { Db } from '../../../platform/db/client.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { auditSurvey } from '../editing.js';
import { surveys } from '../tables.js';
import { insertTemplate } from '../templates/template.js';
import type { SurveyTemplateDefinition } from '../templates/types.js';

/**
 * A new draft survey written from a definition another module composes (the staff partnership
 * puts each commitment to staff as questions), inside the caller's transaction so the caller's
 * own records and the survey are saved together or not at all. Returns the question ids by `ref`.
 */
export async function createSurveyIn(
  tx: Db,
  actor: Actor,
  strategy: { id: string; organisationId: string; archivedAt: Date | null },
  template: SurveyTemplateDefinition,
) {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before adding a survey.');
  const [row] = await tx
    .insert(surveys)
    .values({ organisationId: strategy.organisationId, strategyId: strategy.id, title: template.title, intro: template.intro, thankYou: template.thankYou })
    .returning();
  const questionIds = await insertTemplate(tx, row!.id, template);
  await auditSurvey(tx, actor, row!, {
    action: 'survey.created',
    after: { title: row!.title, template: 'composed', anonymous: row!.anonymous, questions: questionIds.size },
  });
  return { survey: row!, questionIds };
}
