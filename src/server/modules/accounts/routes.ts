import { eq } from 'drizzle-orm';
import {
  ZChangePassword,
  ZCompletePasswordReset,
  ZRequestPasswordReset,
  ZSignIn,
  ZUpdateProfile,
} from '../../../shared/contracts/accounts.js';
import { ZOk } from '../../../shared/contracts/common.js';
import { writeAudit } from '../../platform/audit.js';
import { userOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { changePassword } from './commands/change-password.js';
import { requestPasswordReset } from './commands/request-password-reset.js';
import { resetPassword } from './commands/reset-password.js';
import { signIn } from './commands/sign-in.js';
import { signOut } from './commands/sign-out.js';
import { signInClient } from './client-throttle.js';
import { clearSessionCookie, setSessionCookie } from './sessions.js';
import { users } from './tables.js';

const ok = { ok: true as const };

export function accountRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/auth/sign-in', {
    schema: { tags: ['accounts'], body: ZSignIn, response: { 200: ZOk } },
    config: {
      access: { kind: 'public', why: 'signing in is how a person gets a session' },
      // Keyed by the account, not the address: a whole trust signs in from one IP.
      rateLimit: { hook: 'preHandler', max: 30, timeWindow: '1 minute', keyGenerator: (req) => `sign-in:${emailOf(req.body)}` },
    },
  }, async (req, reply) => {
    const { token } = await signIn(ctx, req.body, signInClient(ctx, req, reply));
    setSessionCookie(ctx, reply, token);
    return ok;
  });

  app.post('/api/v1/auth/sign-out', {
    schema: { tags: ['accounts'], response: { 200: ZOk } },
    config: { access: { kind: 'user' } },
  }, async (req, reply) => {
    await signOut(ctx, userOf(req));
    clearSessionCookie(ctx, reply);
    return ok;
  });

  app.post('/api/v1/auth/password-reset', {
    schema: { tags: ['accounts'], body: ZRequestPasswordReset, response: { 202: ZOk } },
    config: {
      access: { kind: 'public', why: 'a person who forgot their password cannot sign in; the reply never says whether the account exists' },
      rateLimit: { hook: 'preHandler', max: 5, timeWindow: '15 minutes', keyGenerator: (req) => `reset:${emailOf(req.body)}` },
    },
  }, async (req, reply) => {
    await requestPasswordReset(ctx, req.body.email);
    return reply.code(202).send(ok);
  });

  app.post('/api/v1/auth/password-reset/complete', {
    schema: { tags: ['accounts'], body: ZCompletePasswordReset, response: { 200: ZOk } },
    config: { access: { kind: 'public', why: 'the single-use emailed token is the credential' } },
  }, async (req) => {
    await resetPassword(ctx, req.body);
    return ok;
  });

  app.post('/api/v1/me/password', {
    schema: { tags: ['accounts'], body: ZChangePassword, response: { 200: ZOk } },
    config: { access: { kind: 'user' } },
  }, async (req) => {
    await changePassword(ctx, userOf(req), req.body);
    return ok;
  });

  app.patch('/api/v1/me', {
    schema: { tags: ['accounts'], body: ZUpdateProfile, response: { 200: ZOk } },
    config: { access: { kind: 'user' } },
  }, async (req) => {
    const user = userOf(req);
    await ctx.db.transaction(async (tx) => {
      await tx.update(users).set({ name: req.body.name }).where(eq(users.id, user.id));
      await writeAudit(tx, { userId: user.id, name: req.body.name }, {
        organisationId: null,
        action: 'account.profile_updated',
        subjectType: 'user',
        subjectId: user.id,
        before: { name: user.name },
        after: { name: req.body.name },
      });
    });
    return ok;
  });
}

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : 'unknown';
}
