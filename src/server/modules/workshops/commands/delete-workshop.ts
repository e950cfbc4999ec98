import { count, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadOpenStrategy, loadWorkshop } from '../queries.js';
import { stickyNotes, workshops } from '../tables.js';
import { auditWorkshop } from './audit.js';

/** Deletes a workshop with its columns, sticky notes and attendance. */
export async function deleteWorkshop(ctx: AppContext, actor: Actor, strategyId: string, workshopId: string) {
  await ctx.db.transaction(async (tx) => {
    await loadOpenStrategy(tx, actor, strategyId);
    const { workshop } = await loadWorkshop(tx, actor, strategyId, workshopId);
    const [notes] = await tx.select({ n: count() }).from(stickyNotes).where(eq(stickyNotes.workshopId, workshop.id));
    await tx.delete(workshops).where(eq(workshops.id, workshop.id));
    await auditWorkshop(tx, actor, workshop.id, {
      action: 'workshop.deleted',
      before: { title: workshop.title, heldOn: workshop.heldOn, stickyNotes: notes?.n ?? 0 },
    });
  });
}
