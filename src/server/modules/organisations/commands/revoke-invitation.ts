import { and, eq, sql } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { invitationStatus } from '../queries.js';
import { invitations } from '../tables.js';

export async function revokeInvitation(ctx: AppContext, actor: Actor, invitationId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, actor.member.organisationId)));
    if (!row) throw notFound('The invitation');
    if (invitationStatus(row) !== 'pending') {
      throw conflict(`This invitation is already ${invitationStatus(row)}, so it cannot be withdrawn.`);
    }
    await tx.update(invitations).set({ revokedAt: sql`now()` }).where(eq(invitations.id, row.id));
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'invitation.revoked',
      subjectType: 'invitation',
      subjectId: row.id,
      before: { email: row.email, role: row.role, status: 'pending' },
      after: { email: row.email, role: row.role, status: 'revoked' },
    });
  });
}
