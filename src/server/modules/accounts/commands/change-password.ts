import { and, eq, ne, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { SignedInUser } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { hashPassword, verifyPassword } from '../../../platform/secrets.js';
import { assertAcceptablePassword } from '../password-rules.js';
import { sessions, users } from '../tables.js';

/** Changing a password signs out every other session of the person. */
export async function changePassword(
  ctx: AppContext,
  user: SignedInUser,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [row] = await ctx.db.select().from(users).where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(input.currentPassword, row.passwordHash))) {
    throw badRequest('Your current password is not right', [
      { field: 'currentPassword', message: 'Current password is not right' },
    ]);
  }
  if (input.currentPassword === input.newPassword) {
    throw badRequest('Choose a new password that is different from your current one', [
      { field: 'newPassword', message: 'New password must be different from your current password' },
    ]);
  }
  assertAcceptablePassword(input.newPassword, row.email, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: sql`now()` }).where(eq(users.id, user.id));
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, user.sessionTokenHash)));
    await writeAudit(tx, { userId: user.id, name: user.name }, {
      organisationId: null,
      action: 'account.password_changed',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
}
