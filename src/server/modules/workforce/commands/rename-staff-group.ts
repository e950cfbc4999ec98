import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { loadStaffGroup } from '../queries.js';
import { staffGroups } from '../tables.js';
import { duplicateNameProblem, insertUniquely } from './unit-names.js';

export async function renameStaffGroup(ctx: AppContext, actor: Actor, staffGroupId: string, input: { name: string }) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadStaffGroup(tx, actor, staffGroupId);
    const after = await insertUniquely(
      () => tx.update(staffGroups).set({ name: input.name }).where(eq(staffGroups.id, staffGroupId)).returning(),
      () => duplicateNameProblem('staff group', input.name),
    );
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'staff_group.renamed',
      subjectType: 'staff_group',
      subjectId: staffGroupId,
      before: { name: before.name },
      after: { name: after.name },
    });
    return after;
  });
}
