import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { memberships } from '../tables.js';
import { assertAnotherAdminRemains, loadMembership } from './change-member-role.js';

/** Removes a person from the organisation; their account and other memberships stay. */
export async function removeMember(ctx: AppContext, actor: Actor, membershipId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadMembership(tx, actor, membershipId);
    if (row.membership.role === 'admin') {
      await assertAnotherAdminRemains(tx, actor.member.organisationId, 'Removing this member');
    }
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'member.removed',
      subjectType: 'member',
      subjectId: row.membership.userId,
      before: { name: row.name, email: row.email, role: row.membership.role },
    });
  });
}
