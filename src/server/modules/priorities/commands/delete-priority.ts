import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { deleteCommentsOf } from '../../comments/index.js';
import { priorityAuditRecord } from '../audit-record.js';
import { linksOf } from '../links.js';
import { assertOpen, loadPriority } from '../load.js';
import { renumber, themesOf } from '../ordering.js';
import { priorities } from '../tables.js';

/** Deletes the priority with its links, scores and comments; the ones after it move up. */
export async function deletePriority(ctx: AppContext, actor: Actor, priorityId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { priority, strategy } = await loadPriority(tx, actor, priorityId);
    assertOpen(strategy);
    const before = priorityAuditRecord(priority, await linksOf(tx, priority.id));
    await tx.delete(priorities).where(eq(priorities.id, priority.id));
    await deleteCommentsOf(tx, 'priority', [priority.id]);
    const rest = await themesOf(tx, strategy.id);
    await renumber(tx, rest, rest.map((r) => r.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'priority.deleted',
      subjectType: 'priority',
      subjectId: priority.id,
      before,
    });
  });
}
