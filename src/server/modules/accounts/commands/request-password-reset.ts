import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/module.js';
import { hashToken, newToken } from '../../../platform/secrets.js';
import { passwordResets, users } from '../tables.js';

export const RESET_MINUTES = 60;

/**
 * Always succeeds from the caller's point of view, so the form cannot be used to find out
 * who has an account. When the account exists, a single-use link valid for an hour is sent.
 */
export async function requestPasswordReset(ctx: AppContext, email: string): Promise<void> {
  const [user] = await ctx.db.select().from(users).where(sql`lower(${users.email}) = ${email}`).limit(1);
  if (!user) return;
  const token = newToken();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(passwordResets).values({
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
    });
    await ctx.mailer.queue(tx, {
      userId: user.id,
      to: user.email,
      subject: 'Reset your Chorus password',
      text: [
        `Hello ${user.name},`,
        '',
        'Someone asked to reset the password for your Chorus account. If it was you, open this link within the next hour:',
        '',
        `${ctx.config.publicUrl}/reset-password?token=${token}`,
        '',
        'If you did not ask for this, you can ignore this email: your password has not changed.',
      ].join('\n'),
    });
  });
  await ctx.mailer.dispatch();
}
