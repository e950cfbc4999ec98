import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { listStaffGroups } from '../queries.js';
import { staffGroups } from '../tables.js';

/** Sets the order staff groups appear in (columns of the grid, rows of every breakdown). */
export async function reorderStaffGroups(ctx: AppContext, actor: Actor, staffGroupIds: string[]) {
  return ctx.db.transaction(async (tx) => {
    const organisationId = actor.member.organisationId;
    const before = await listStaffGroups(tx, organisationId);
    const known = new Set(before.map((g) => g.id));
    const sameSet = staffGroupIds.length === known.size && new Set(staffGroupIds).size === known.size && staffGroupIds.every((id) => known.has(id));
    if (!sameSet) {
      const message = `List every one of the organisation's ${before.length} staff groups exactly once, in the new order`;
      throw badRequest(message, [{ field: 'staffGroupIds', message }]);
    }
    for (const [position, id] of staffGroupIds.entries()) {
      await tx.update(staffGroups).set({ position }).where(and(eq(staffGroups.id, id), eq(staffGroups.organisationId, organisationId)));
    }
    const name = new Map(before.map((g) => [g.id, g.name]));
    await writeAudit(tx, auditActor(actor), {
      organisationId,
      action: 'staff_groups.reordered',
      subjectType: 'staff_group',
      subjectId: null,
      before: { order: before.map((g) => g.name) },
      after: { order: staffGroupIds.map((id) => name.get(id)) },
    });
    return listStaffGroups(tx, organisationId);
  });
}
