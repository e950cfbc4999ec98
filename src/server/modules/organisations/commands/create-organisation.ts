import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { SignedInUser } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { users } from '../../accounts/index.js';
import { memberships, organisations } from '../tables.js';

/** A signed-in person starts another organisation and becomes its admin. */
export async function createOrganisation(ctx: AppContext, user: SignedInUser, input: { name: string }) {
  return ctx.db.transaction(async (tx) => {
    const [organisation] = await tx.insert(organisations).values({ name: input.name }).returning();
    await tx.insert(memberships).values({ organisationId: organisation!.id, userId: user.id, role: 'admin' });
    await tx.update(users).set({ lastOrganisationId: organisation!.id }).where(eq(users.id, user.id));
    await writeAudit(tx, { userId: user.id, name: user.name }, {
      organisationId: organisation!.id,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: organisation!.id,
      after: { name: organisation!.name },
    });
    return organisation!;
  });
}
