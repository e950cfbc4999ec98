import { eq, max } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { staffGroups } from '../tables.js';
import { duplicateNameProblem, insertUniquely } from './unit-names.js';

/** Adds a staff group after the existing ones (a trust may split a group, or add bank staff). */
export async function createStaffGroup(ctx: AppContext, actor: Actor, input: { name: string }) {
  return ctx.db.transaction(async (tx) => {
    const organisationId = actor.member.organisationId;
    const [last] = await tx.select({ position: max(staffGroups.position) }).from(staffGroups).where(eq(staffGroups.organisationId, organisationId));
    const row = await insertUniquely(
      () => tx.insert(staffGroups).values({ organisationId, name: input.name, position: (last?.position ?? -1) + 1 }).returning(),
      () => duplicateNameProblem('staff group', input.name),
    );
    await writeAudit(tx, auditActor(actor), {
      organisationId,
      action: 'staff_group.created',
      subjectType: 'staff_group',
      subjectId: row.id,
      after: { name: row.name },
    });
    return row;
  });
}
