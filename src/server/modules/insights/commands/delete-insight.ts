import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadInsight } from '../load.js';
import { insights } from '../tables.js';

/** Deletes the insight with its links and comments; the evidence itself stays in the library. */
export async function deleteInsight(ctx: AppContext, actor: Actor, insightId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { insight, strategy } = await loadInsight(tx, actor, insightId);
    assertOpen(strategy);
    await tx.delete(insights).where(eq(insights.id, insight.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'insight.deleted',
      subjectType: 'insight',
      subjectId: insight.id,
      before: { statement: insight.statement, status: insight.status },
    });
  });
}
