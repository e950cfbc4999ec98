import { asc, eq } from 'drizzle-orm';
import { PARTNERSHIP_SIDE_KEYS } from '../../../../shared/contracts/partnership.js';
import { AppError } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { setOpenLink } from '../../respond/index.js';
import { createSurveyIn, publishSurvey } from '../../surveys/index.js';
import { auditPartnership, loadDraft } from '../load.js';
import { answerRef, commentRef, partnershipSurvey } from '../survey-definition.js';
import { partnershipCommitments, partnershipVersions } from '../tables.js';

/**
 * Puts a draft to staff: writes its survey, opens it with the open link on, and keeps the
 * question of each commitment, all in one transaction (the surveys' own commands run nested in
 * it), so a refusal anywhere leaves the draft a draft and no survey behind.
 */
export async function publishVersion(ctx: AppContext, actor: Actor, versionId: string) {
  return ctx.db.transaction(async (tx) => {
    const { version, strategy } = await loadDraft(tx, actor, versionId);
    const commitments = await tx
      .select()
      .from(partnershipCommitments)
      .where(eq(partnershipCommitments.versionId, version.id))
      .orderBy(asc(partnershipCommitments.side), asc(partnershipCommitments.position));
    const emptySides = PARTNERSHIP_SIDE_KEYS.filter((side) => !commitments.some((c) => c.side === side));
    if (emptySides.length) {
      throw new AppError(409, 'partnership_not_ready', 'Add at least one commitment to each side before putting it to staff', emptySides.map((side) => ({ field: side, message: 'Add a commitment to this side' })));
    }
    const { survey, questionIds } = await createSurveyIn(tx, actor, strategy, partnershipSurvey(version, commitments));
    const inTransaction = { ...ctx, db: tx };
    await publishSurvey(inTransaction, actor, survey.id);
    const opened = await setOpenLink(inTransaction, actor, survey.id, true);
    for (const c of commitments) {
      await tx
        .update(partnershipCommitments)
        .set({ questionId: questionIds.get(answerRef(c.id))!, commentQuestionId: questionIds.get(commentRef(c.id))! })
        .where(eq(partnershipCommitments.id, c.id));
    }
    const [after] = await tx.update(partnershipVersions).set({ surveyId: survey.id, publishedAt: new Date() }).where(eq(partnershipVersions.id, version.id)).returning();
    await auditPartnership(tx, actor, version, {
      action: 'partnership.published',
      before: { status: 'draft' },
      after: { status: 'published', surveyId: survey.id, commitments: commitments.length },
    });
    return { version: after!, openLinkSlug: opened.openLinkSlug };
  });
}
