import { sql } from 'drizzle-orm';
import { conflict } from '../../../platform/errors.js';
import type { Db } from '../../../platform/db/client.js';
import { hashPassword } from '../../../platform/secrets.js';
import { assertAcceptablePassword } from '../password-rules.js';
import { users } from '../tables.js';

export async function assertEmailIsFree(db: Db, email: string): Promise<void> {
  const [existing] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  if (existing) {
    throw conflict('An account with this email address already exists. Sign in instead, or reset your password.', [
      { field: 'email', message: 'An account with this email address already exists' },
    ]);
  }
}

/** Creates a person's account inside the caller's transaction (sign-up, accepting an invitation). */
export async function createUser(
  tx: Db,
  input: { email: string; name: string; password: string },
): Promise<typeof users.$inferSelect> {
  assertAcceptablePassword(input.password, input.email);
  await assertEmailIsFree(tx, input.email);
  const passwordHash = await hashPassword(input.password);
  const [user] = await tx.insert(users).values({ email: input.email, name: input.name, passwordHash }).returning();
  return user!;
}
