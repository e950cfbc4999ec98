import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { AppError, badRequest, conflict, gone, notFound } from '../../../platform/errors.js';
import type { Db } from '../../../platform/db/client.js';
import type { SignedInUser } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { hashToken } from '../../../platform/secrets.js';
import { createUser, startSession, users } from '../../accounts/index.js';
import { invitationStatus } from '../queries.js';
import { invitations, memberships, organisations } from '../tables.js';

/** Finds a usable invitation by its emailed token, or says plainly why it cannot be used. */
export async function findOpenInvitation(db: Db, token: string) {
  const [row] = await db
    .select({ invitation: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) throw notFound('This invitation link');
  const status = invitationStatus(row.invitation);
  if (status === 'accepted') throw gone('This invitation has already been used. Sign in to reach the organisation.');
  if (status === 'revoked') throw gone('This invitation was withdrawn by an admin. Ask them for a new one if you still need access.');
  if (status === 'expired') {
    throw gone(`This invitation expired on ${row.invitation.expiresAt.toISOString().slice(0, 10)}. Ask an admin of ${row.organisationName} to send a new one.`);
  }
  const [account] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${row.invitation.email}`);
  return { ...row, accountExists: Boolean(account) };
}

export interface AcceptInput {
  token: string;
  name?: string | undefined;
  password?: string | undefined;
}

/**
 * A signed-in person whose email matches joins at once. Someone new chooses a name and
 * password, which creates their account and signs them in. Either way the link is spent.
 */
export async function acceptInvitation(ctx: AppContext, signedIn: SignedInUser | null, input: AcceptInput) {
  const found = await findOpenInvitation(ctx.db, input.token);
  const { invitation } = found;
  if (signedIn && signedIn.email.toLowerCase() !== invitation.email) {
    throw conflict(`This invitation is for ${invitation.email}, but you are signed in as ${signedIn.email}. Sign out and open the link again.`);
  }
  if (!signedIn && found.accountExists) {
    throw new AppError(401, 'sign_in_required', `An account for ${invitation.email} already exists. Sign in, then open the invitation link again.`);
  }
  if (!signedIn && (!input.name || !input.password)) {
    throw badRequest('Choose your name and a password to create your account', [
      ...(input.name ? [] : [{ field: 'name', message: 'Enter your full name' }]),
      ...(input.password ? [] : [{ field: 'password', message: 'Enter a password' }]),
    ]);
  }
  return ctx.db.transaction(async (tx) => {
    // Spend the link first, conditionally, so two clicks cannot both succeed.
    const spent = await tx
      .update(invitations)
      .set({ acceptedAt: sql`now()` })
      .where(sql`${invitations.id} = ${invitation.id} AND ${invitations.acceptedAt} IS NULL AND ${invitations.revokedAt} IS NULL`)
      .returning({ id: invitations.id });
    if (spent.length === 0) throw gone('This invitation has already been used.');
    const user = signedIn
      ? { id: signedIn.id, name: signedIn.name, email: signedIn.email }
      : await createUser(tx, { email: invitation.email, name: input.name!, password: input.password! });
    await tx
      .insert(memberships)
      .values({ organisationId: invitation.organisationId, userId: user.id, role: invitation.role })
      .onConflictDoNothing();
    await tx.update(users).set({ lastOrganisationId: invitation.organisationId }).where(eq(users.id, user.id));
    await writeAudit(tx, { userId: user.id, name: user.name }, {
      organisationId: invitation.organisationId,
      action: 'invitation.accepted',
      subjectType: 'invitation',
      subjectId: invitation.id,
      after: { email: invitation.email, role: invitation.role },
    });
    await writeAudit(tx, { userId: user.id, name: user.name }, {
      organisationId: invitation.organisationId,
      action: 'member.added',
      subjectType: 'member',
      subjectId: user.id,
      after: { name: user.name, email: user.email, role: invitation.role },
    });
    const token = signedIn ? null : await startSession(ctx, tx, user.id);
    return { organisationId: invitation.organisationId, sessionToken: token };
  });
}
