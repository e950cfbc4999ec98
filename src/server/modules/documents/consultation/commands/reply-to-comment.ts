import { sql } from 'drizzle-orm';
import type { Actor } from '../../../../platform/http/access.js';
import type { AppContext } from '../../../../platform/module.js';
import { requireComment } from '../comments.js';
import { assertStrategyOpen, auditConsultation, requireConsultation } from '../load.js';
import { consultationCommentNotes } from '../tables.js';

/**
 * The team's public reply to one comment, shown under its section on the draft's reading pages
 * ("You said / We replied"). Replying again replaces the reply; the audit keeps the earlier words.
 */
export async function replyToComment(ctx: AppContext, actor: Actor, versionId: string, evidenceId: string, reply: string) {
  return ctx.db.transaction(async (tx) => {
    const { consultation, strategy } = await requireConsultation(tx, actor, versionId, true);
    assertStrategyOpen(strategy);
    await requireComment(tx, consultation, evidenceId);
    const [before] = await tx
      .select({ reply: consultationCommentNotes.reply })
      .from(consultationCommentNotes)
      .where(sql`${consultationCommentNotes.evidenceItemId} = ${evidenceId}`);
    await tx
      .insert(consultationCommentNotes)
      .values({ consultationId: consultation.id, evidenceItemId: evidenceId, reply, repliedAt: new Date(), repliedByUserId: actor.user.id })
      .onConflictDoUpdate({
        target: consultationCommentNotes.evidenceItemId,
        set: { reply, repliedAt: new Date(), repliedByUserId: actor.user.id },
      });
    await auditConsultation(tx, actor, consultation, {
      action: 'consultation.comment_replied',
      before: before?.reply ? { evidenceId, reply: before.reply } : null,
      after: { evidenceId, reply },
    });
  });
}
