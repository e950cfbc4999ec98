import { eq, sql } from 'drizzle-orm';
import { CLOSES_AFTER_OPENS, type UpdateSurvey } from '../../../../shared/contracts/surveys.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditSurvey, beginEditing } from '../editing.js';
import type { SurveyRow } from '../queries.js';
import { surveys } from '../tables.js';

const settings = (s: SurveyRow) => ({
  title: s.title,
  intro: s.intro,
  thankYou: s.thankYou,
  anonymous: s.anonymous,
  opensAt: s.opensAt?.toISOString() ?? null,
  closesAt: s.closesAt?.toISOString() ?? null,
});

/**
 * Title, introduction, thank-you message, dates and the anonymous flag. Anonymity is a
 * promise made to the people who have already answered, so it cannot change once anyone has.
 */
export async function updateSurvey(ctx: AppContext, actor: Actor, surveyId: string, input: UpdateSurvey) {
  return ctx.db.transaction(async (tx) => {
    const { survey: before, hasResponses } = await beginEditing(tx, actor, surveyId);
    if (input.anonymous !== undefined && input.anonymous !== before.anonymous && hasResponses) {
      throw conflict(
        before.anonymous
          ? 'This survey was answered on the promise that it is anonymous, so it must stay anonymous.'
          : 'People have already answered this survey by name, so it cannot become anonymous now. Start a new survey instead.',
        [{ field: 'anonymous', message: 'The anonymous setting cannot change once responses have arrived' }],
      );
    }
    const opensAt = input.opensAt === undefined ? before.opensAt : input.opensAt === null ? null : new Date(input.opensAt);
    const closesAt = input.closesAt === undefined ? before.closesAt : input.closesAt === null ? null : new Date(input.closesAt);
    if (opensAt && closesAt && closesAt <= opensAt) {
      throw badRequest(CLOSES_AFTER_OPENS, [{ field: 'closesAt', message: CLOSES_AFTER_OPENS }]);
    }
    const [after] = await tx
      .update(surveys)
      .set({
        title: input.title ?? before.title,
        intro: input.intro ?? before.intro,
        thankYou: input.thankYou ?? before.thankYou,
        anonymous: input.anonymous ?? before.anonymous,
        opensAt,
        closesAt,
        updatedAt: sql`now()`,
      })
      .where(eq(surveys.id, surveyId))
      .returning();
    await auditSurvey(tx, actor, after!, { action: 'survey.updated', before: settings(before), after: settings(after!) });
    return after!;
  });
}
