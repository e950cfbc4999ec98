import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { gone } from '../../../platform/errors.js';
import type { AppContext } from '../../../platform/module.js';
import { hashPassword, hashToken } from '../../../platform/secrets.js';
import { assertAcceptablePassword } from '../password-rules.js';
import { passwordResets, sessions, users } from '../tables.js';

/** Sets a new password from an emailed link; the link works once and signs out every session. */
export async function resetPassword(ctx: AppContext, input: { token: string; password: string }): Promise<void> {
  const [reset] = await ctx.db
    .select({ reset: passwordResets, user: users })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(eq(passwordResets.tokenHash, hashToken(input.token)));
  if (!reset || reset.reset.usedAt) {
    throw gone('This password reset link has already been used or is not valid. Ask for a new link.');
  }
  if (reset.reset.expiresAt < new Date()) {
    throw gone('This password reset link has expired. Links last one hour: ask for a new one.');
  }
  assertAcceptablePassword(input.password, reset.user.email);
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    await tx.update(passwordResets).set({ usedAt: sql`now()` }).where(eq(passwordResets.tokenHash, reset.reset.tokenHash));
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, failedSignIns: 0, lockedUntil: null })
      .where(eq(users.id, reset.user.id));
    await tx.delete(sessions).where(eq(sessions.userId, reset.user.id));
    await writeAudit(tx, { userId: reset.user.id, name: reset.user.name }, {
      organisationId: null,
      action: 'account.password_reset',
      subjectType: 'user',
      subjectId: reset.user.id,
    });
  });
}
