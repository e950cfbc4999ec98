import type { SignUp } from '../../../../shared/contracts/accounts.js';
import { writeAudit } from '../../../platform/audit.js';
import type { AppContext } from '../../../platform/module.js';
import { createUser, startSession } from '../../accounts/index.js';
import { memberships, organisations } from '../tables.js';
import { users } from '../../accounts/index.js';
import { eq } from 'drizzle-orm';

/** Sign-up creates an organisation, its first admin, and a session, all or nothing. */
export async function signUp(ctx: AppContext, input: SignUp) {
  return ctx.db.transaction(async (tx) => {
    const user = await createUser(tx, input);
    const [organisation] = await tx.insert(organisations).values({ name: input.organisationName }).returning();
    await tx.insert(memberships).values({ organisationId: organisation!.id, userId: user.id, role: 'admin' });
    await tx.update(users).set({ lastOrganisationId: organisation!.id }).where(eq(users.id, user.id));
    const actor = { userId: user.id, name: user.name };
    await writeAudit(tx, actor, {
      organisationId: organisation!.id,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: organisation!.id,
      after: { name: organisation!.name },
    });
    await writeAudit(tx, actor, {
      organisationId: organisation!.id,
      action: 'member.added',
      subjectType: 'member',
      subjectId: user.id,
      after: { name: user.name, email: user.email, role: 'admin' },
    });
    const token = await startSession(ctx, tx, user.id);
    return { token, organisationId: organisation!.id, userId: user.id };
  });
}
