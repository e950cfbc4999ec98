import { eq, sql } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadStrategy } from '../queries.js';
import { strategies } from '../tables.js';

/** Archiving hides a strategy from the list and makes it read-only; restoring undoes it. */
export async function setStrategyArchived(ctx: AppContext, actor: Actor, strategyId: string, archived: boolean) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadStrategy(tx, actor, strategyId);
    if ((before.archivedAt !== null) === archived) return before;
    const [after] = await tx
      .update(strategies)
      .set({ archivedAt: archived ? sql`now()` : null, updatedAt: sql`now()` })
      .where(eq(strategies.id, strategyId))
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: archived ? 'strategy.archived' : 'strategy.restored',
      subjectType: 'strategy',
      subjectId: strategyId,
      before: { name: before.name, archived: !archived },
      after: { name: before.name, archived },
    });
    return after!;
  });
}
