import { and, asc, desc, eq } from 'drizzle-orm';
import type { Me } from '../../../shared/contracts/accounts.js';
import type { Invitation, Member, Organisation } from '../../../shared/contracts/organisations.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor, OrgMember, SignedInUser } from '../../platform/http/access.js';
import { notFound } from '../../platform/errors.js';
import { users } from '../accounts/index.js';
import { organisationAbilities } from './policy.js';
import { invitations, memberships, organisations } from './tables.js';

export async function findMembership(db: Db, userId: string, organisationId: string): Promise<OrgMember | null> {
  const [row] = await db
    .select({
      membershipId: memberships.id,
      organisationId: memberships.organisationId,
      role: memberships.role,
      organisationName: organisations.name,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)))
    .limit(1);
  return row ?? null;
}

export async function describeMe(db: Db, user: SignedInUser): Promise<Me> {
  const rows = await db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      role: memberships.role,
      isDemo: organisations.isDemo,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(organisations.name));
  const [account] = await db.select({ last: users.lastOrganisationId }).from(users).where(eq(users.id, user.id));
  const current = rows.find((r) => r.organisationId === account?.last) ?? rows[0];
  return {
    user: { id: user.id, name: user.name, email: user.email },
    memberships: rows.map((r) => ({ ...r, isDemo: r.isDemo === 1 })),
    currentOrganisationId: current?.organisationId ?? null,
    csrfToken: user.csrfToken,
  };
}

export async function loadOrganisation(db: Db, actor: Actor): Promise<Organisation> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, actor.member.organisationId));
  if (!row) throw notFound('The organisation');
  return {
    id: row.id,
    name: row.name,
    minGroupSize: row.minGroupSize,
    accentColour: row.accentColour,
    isDemo: row.isDemo === 1,
    role: actor.member.role,
    can: organisationAbilities(actor.member.role),
  };
}

export async function listMembers(db: Db, actor: Actor): Promise<Member[]> {
  const rows = await db
    .select({
      id: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, actor.member.organisationId))
    .orderBy(asc(users.name));
  return rows.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString(), isYou: r.userId === actor.user.id }));
}

export function invitationStatus(row: typeof invitations.$inferSelect, now = new Date()): Invitation['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'pending';
}

export async function listInvitations(db: Db, actor: Actor): Promise<Invitation[]> {
  const rows = await db
    .select({ invitation: invitations, invitedByName: users.name })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.organisationId, actor.member.organisationId))
    .orderBy(desc(invitations.createdAt))
    .limit(500);
  return rows.map(({ invitation, invitedByName }) => ({
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation),
    invitedByName,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  }));
}
