import { eq } from 'drizzle-orm';
import type { SignedInUser } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { sessions } from '../tables.js';

export async function signOut(ctx: AppContext, user: SignedInUser): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.tokenHash, user.sessionTokenHash));
}
