import { and, count, eq } from 'drizzle-orm';
import type { Role } from '../../../../shared/contracts/common.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { users } from '../../accounts/index.js';
import { memberships } from '../tables.js';

export async function loadMembership(tx: Db, actor: Actor, membershipId: string) {
  const [row] = await tx
    .select({ membership: memberships, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('The member');
  return row;
}

/** An organisation always keeps at least one admin, or nobody could manage it. */
export async function assertAnotherAdminRemains(tx: Db, organisationId: string, what: string): Promise<void> {
  const [admins] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'admin')));
  if ((admins?.n ?? 0) <= 1) {
    throw conflict(`${what} would leave the organisation without an admin. Make someone else an admin first.`);
  }
}

export async function changeMemberRole(ctx: AppContext, actor: Actor, membershipId: string, role: Role): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadMembership(tx, actor, membershipId);
    if (row.membership.role === role) return;
    if (row.membership.role === 'admin') {
      await assertAnotherAdminRemains(tx, actor.member.organisationId, 'Changing this role');
    }
    await tx.update(memberships).set({ role }).where(eq(memberships.id, membershipId));
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'member.role_changed',
      subjectType: 'member',
      subjectId: row.membership.userId,
      before: { name: row.name, role: row.membership.role },
      after: { name: row.name, role },
    });
  });
}
