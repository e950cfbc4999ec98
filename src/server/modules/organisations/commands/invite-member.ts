import { and, eq, isNull, sql } from 'drizzle-orm';
import { ROLE_LABELS, type Role } from '../../../../shared/contracts/common.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { hashToken, newToken } from '../../../platform/secrets.js';
import { users } from '../../accounts/index.js';
import { invitations, memberships, organisations } from '../tables.js';

export const INVITATION_DAYS = 7;

/**
 * Sends a single-use invitation link. A pending invitation to the same address is replaced,
 * so the newest email is the only one that works.
 */
export async function inviteMember(ctx: AppContext, actor: Actor, input: { email: string; role: Role }) {
  const organisationId = actor.member.organisationId;
  const token = newToken();
  const invitation = await ctx.db.transaction(async (tx) => {
    const [existingMember] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organisationId, organisationId), sql`lower(${users.email}) = ${input.email}`));
    if (existingMember) {
      throw conflict('This person is already a member of the organisation.', [
        { field: 'email', message: 'This person is already a member' },
      ]);
    }
    await tx
      .update(invitations)
      .set({ revokedAt: sql`now()` })
      .where(and(
        eq(invitations.organisationId, organisationId),
        eq(invitations.email, input.email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ));
    const [row] = await tx
      .insert(invitations)
      .values({
        organisationId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: actor.user.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      })
      .returning();
    const [organisation] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
    await ctx.mailer.queue(tx, {
      organisationId,
      to: input.email,
      subject: `You are invited to join ${organisation!.name} on Chorus`,
      text: [
        'Hello,',
        '',
        `${actor.user.name} has invited you to join ${organisation!.name} on Chorus as ${ROLE_LABELS[input.role].toLowerCase()}.`,
        'Chorus is where the organisation builds its digital strategy with its staff.',
        '',
        `Accept the invitation within ${INVITATION_DAYS} days: ${ctx.config.publicUrl}/invitations/${token}`,
        '',
        'The link works once. If you were not expecting this, you can ignore this email.',
      ].join('\n'),
    });
    await writeAudit(tx, auditActor(actor), {
      organisationId,
      action: 'invitation.sent',
      subjectType: 'invitation',
      subjectId: row!.id,
      after: { email: input.email, role: input.role },
    });
    return row!;
  });
  await ctx.mailer.dispatch();
  return { invitation, token };
}
