import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadInsight } from '../load.js';
import { insightComments } from '../tables.js';

export async function addComment(ctx: AppContext, actor: Actor, insightId: string, body: string) {
  return ctx.db.transaction(async (tx) => {
    const { insight, strategy } = await loadInsight(tx, actor, insightId);
    assertOpen(strategy);
    const [comment] = await tx.insert(insightComments).values({ insightId: insight.id, authorUserId: actor.user.id, body }).returning();
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'insight.comment_added',
      subjectType: 'insight',
      subjectId: insight.id,
      after: { commentId: comment!.id },
    });
    return comment!;
  });
}
