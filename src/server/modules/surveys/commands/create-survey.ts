import type { CreateSurvey } from '../../../../shared/contracts/surveys.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadStrategy } from '../../strategies/index.js';
import { auditSurvey } from '../editing.js';
import { addRegisterSystemsQuestion } from '../system-choices.js';
import { surveys } from '../tables.js';
import { insertTemplate, TEMPLATES } from '../templates/template.js';

/** A new draft survey of a strategy, blank (one empty section) or from a ready template. */
export async function createSurvey(ctx: AppContext, actor: Actor, strategyId: string, input: CreateSurvey) {
  return ctx.db.transaction(async (tx) => {
    const strategy = await loadStrategy(tx, actor, strategyId);
    if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before adding a survey.');
    const template = TEMPLATES[input.template];
    const [row] = await tx
      .insert(surveys)
      .values({
        organisationId: actor.member.organisationId,
        strategyId: strategy.id,
        title: input.title,
        intro: template.intro,
        thankYou: template.thankYou,
      })
      .returning();
    await insertTemplate(tx, row!.id, template);
    if (input.template === 'digital_experience') await addRegisterSystemsQuestion(tx, actor.member.organisationId, row!.id, 'Digital tools you use');
    await auditSurvey(tx, actor, row!, {
      action: 'survey.created',
      after: { title: row!.title, template: input.template, anonymous: row!.anonymous },
    });
    return row!;
  });
}
