import { eq, sql } from 'drizzle-orm';
import type { SignIn } from '../../../../shared/contracts/accounts.js';
import { writeAudit } from '../../../platform/audit.js';
import { AppError, tooManyRequests } from '../../../platform/errors.js';
import type { AppContext } from '../../../platform/module.js';
import { hashPassword, verifyPassword } from '../../../platform/secrets.js';
import { assertClientMaySignIn, countClientFailure, type SignInClient } from '../client-throttle.js';
import { startSession } from '../sessions.js';
import { users } from '../tables.js';
import { plural } from '../../../../shared/words.js';

/** Failures allowed before each further failure doubles the wait, up to 15 minutes. */
export const FREE_FAILURES = 5;
const MAX_LOCK_SECONDS = 15 * 60;

// Verifying against a throwaway hash when the email is unknown keeps the response time
// the same, so timing does not reveal who has an account.
let decoyHash: Promise<string> | null = null;

export function lockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_LOCK_SECONDS, 2 ** (failures - FREE_FAILURES));
}

const wrongCredentials = () =>
  new AppError(401, 'wrong_credentials', 'The email address or password is not right. Check them and try again.', [
    { field: 'password', message: 'Email address or password is not right' },
  ]);

export async function signIn(ctx: AppContext, input: SignIn, client: SignInClient): Promise<{ token: string; userId: string }> {
  await assertClientMaySignIn(ctx.database, client);
  const [user] = await ctx.db.select().from(users).where(sql`lower(${users.email}) = ${input.email}`).limit(1);
  if (!user) {
    decoyHash ??= hashPassword('decoy password that matches nothing');
    await verifyPassword(input.password, await decoyHash);
    await countClientFailure(ctx.database, client);
    throw wrongCredentials();
  }
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    const wait = (user.lockedUntil.getTime() - Date.now()) / 1000;
    throw tooManyRequests(
      `Too many failed attempts to sign in to this account. Wait ${plural(Math.ceil(wait), 'second')} and try again, or reset your password.`,
      wait,
    );
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    const failures = user.failedSignIns + 1;
    const lock = lockSeconds(failures);
    await ctx.db
      .update(users)
      .set({ failedSignIns: failures, lockedUntil: lock ? new Date(Date.now() + lock * 1000) : null })
      .where(eq(users.id, user.id));
    await countClientFailure(ctx.database, client);
    throw wrongCredentials();
  }
  return ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const token = await startSession(ctx, tx, user.id);
    await writeAudit(tx, { userId: user.id, name: user.name }, {
      organisationId: null,
      action: 'account.signed_in',
      subjectType: 'user',
      subjectId: user.id,
    });
    return { token, userId: user.id };
  });
}
