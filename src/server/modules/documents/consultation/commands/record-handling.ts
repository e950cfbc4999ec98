import { eq } from 'drizzle-orm';
import type { RecordHandling } from '../../../../../shared/contracts/consultation.js';
import { badRequest } from '../../../../platform/errors.js';
import type { Actor } from '../../../../platform/http/access.js';
import type { AppContext } from '../../../../platform/module.js';
import { requireComment } from '../comments.js';
import { assertStrategyOpen, auditConsultation, requireConsultation } from '../load.js';
import { consultationCommentNotes } from '../tables.js';

/**
 * Records what came of one comment: the text changed, or not (and then why, since "we heard you
 * and kept it" must be explained to the person who said it).
 */
export async function recordHandling(ctx: AppContext, actor: Actor, versionId: string, evidenceId: string, input: RecordHandling) {
  if (input.handling === 'not_changed' && !input.reason) {
    throw badRequest('Say why the text did not change', [{ field: 'reason', message: 'Enter the reason the text did not change' }]);
  }
  return ctx.db.transaction(async (tx) => {
    const { consultation, strategy } = await requireConsultation(tx, actor, versionId, true);
    assertStrategyOpen(strategy);
    await requireComment(tx, consultation, evidenceId);
    const [before] = await tx.select().from(consultationCommentNotes).where(eq(consultationCommentNotes.evidenceItemId, evidenceId));
    const set = { handling: input.handling, reason: input.reason, handledAt: new Date(), handledByUserId: actor.user.id };
    await tx
      .insert(consultationCommentNotes)
      .values({ consultationId: consultation.id, evidenceItemId: evidenceId, ...set })
      .onConflictDoUpdate({ target: consultationCommentNotes.evidenceItemId, set });
    await auditConsultation(tx, actor, consultation, {
      action: 'consultation.comment_handled',
      before: before?.handling ? { evidenceId, handling: before.handling, reason: before.reason } : null,
      after: { evidenceId, handling: input.handling, reason: input.reason },
    });
  });
}
