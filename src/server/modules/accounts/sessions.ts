import { and, eq, gt, lt } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { Db } from '../../platform/db/client.js';
import { SESSION_COOKIE, type SignedInUser } from '../../platform/http/access.js';
import type { AppContext } from '../../platform/module.js';
import { hashToken, newToken } from '../../platform/secrets.js';
import { sessions, users } from './tables.js';

/** Sessions live in the database so that any server process can serve any signed-in person. */
export async function startSession(ctx: AppContext, tx: Db, userId: string): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + ctx.config.sessionDays * 86_400_000);
  await tx.insert(sessions).values({ tokenHash: hashToken(token), userId, csrfToken: newToken(), expiresAt });
  // Housekeeping on the way in rather than a timer: expired sessions of this user go.
  await tx.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, new Date())));
  return token;
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.secureCookies,
    path: '/',
    maxAge: ctx.config.sessionDays * 86_400,
  });
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: ctx.config.secureCookies });
}

export async function resolveSession(db: Db, token: string): Promise<(SignedInUser & { expiresAt: Date }) | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      sessionTokenHash: sessions.tokenHash,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date())))
    .limit(1);
  return row ?? null;
}

/**
 * The session behind a cookie, kept alive while it is used: once half its lifetime has gone, a
 * request moves its end a full lifetime on and sends the cookie again, so someone who works in
 * Chorus every week is never signed out mid-task, and an unused session still ends on time. At
 * most one write per session every `sessionDays / 2` days.
 */
export async function resolveAndRenewSession(ctx: AppContext, token: string, reply: FastifyReply): Promise<SignedInUser | null> {
  const found = await resolveSession(ctx.db, token);
  if (!found) return null;
  const { expiresAt, ...user } = found;
  const lifetime = ctx.config.sessionDays * 86_400_000;
  if (expiresAt.getTime() - Date.now() < lifetime / 2) {
    await ctx.db.update(sessions).set({ expiresAt: new Date(Date.now() + lifetime) }).where(eq(sessions.tokenHash, user.sessionTokenHash));
    setSessionCookie(ctx, reply, token);
  }
  return user;
}
