import { eq } from 'drizzle-orm';
import { notFound } from '../../../platform/errors.js';
import type { SignedInUser } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { users } from '../../accounts/index.js';
import { findMembership } from '../queries.js';

/** Remembers which organisation the workspace opens on next time (a preference, so not audited). */
export async function switchOrganisation(ctx: AppContext, user: SignedInUser, organisationId: string): Promise<void> {
  const membership = await findMembership(ctx.db, user.id, organisationId);
  if (!membership) throw notFound('The organisation');
  await ctx.db.update(users).set({ lastOrganisationId: organisationId }).where(eq(users.id, user.id));
}
