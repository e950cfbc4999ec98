import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../platform/db/client.js';
import { tooManyRequests } from '../../platform/errors.js';
import type { AppContext } from '../../platform/module.js';
import { countHit, readHits } from '../../platform/rate-counters.js';
import { hashToken, newToken } from '../../platform/secrets.js';
import { plural } from '../../../shared/words.js';

/**
 * Password spraying (one guess at each of many accounts) never trips the per-account lock, so
 * failures are also counted per browser. Never per IP address: a whole trust signs in from one.
 * A browser is known by a random cookie given on its first attempt; a client that drops cookies
 * shares one counter with every other such client, with a higher allowance.
 */
export const CLIENT_COOKIE = 'chorus_client';
/** Failed sign-ins a browser may make (across any accounts) before each further one doubles its wait. */
export const CLIENT_FREE_FAILURES = 10;
/** The allowance shared by clients that send no cookie (scripts; a browser's very first attempt). */
export const COOKIELESS_FREE_FAILURES = 20 * CLIENT_FREE_FAILURES;
const FAILURE_WINDOW_MS = 60 * 60_000;
const FIRST_WAIT_SECONDS = 5;
const MAX_WAIT_SECONDS = 15 * 60;

export interface SignInClient {
  key: string;
  freeFailures: number;
}

/** No wait for the free failures; then 5 seconds, doubling with each further failure, up to 15 minutes. */
export function clientWaitSeconds(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** Math.min(20, failures - freeFailures));
}

/** Who is signing in, as far as the browser lets us know; gives a new browser its cookie. */
export function signInClient(ctx: AppContext, req: FastifyRequest, reply: FastifyReply): SignInClient {
  const cookie = req.cookies[CLIENT_COOKIE];
  if (cookie && /^[A-Za-z0-9_-]{20,100}$/.test(cookie)) return { key: `client:${hashToken(cookie)}`, freeFailures: CLIENT_FREE_FAILURES };
  reply.setCookie(CLIENT_COOKIE, newToken(), {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.secureCookies,
    path: '/api/v1/auth',
    maxAge: 365 * 86_400,
  });
  return { key: 'client:none', freeFailures: COOKIELESS_FREE_FAILURES };
}

/** Refuses before the password is even checked while this client must wait. */
export async function assertClientMaySignIn(db: Database, client: SignInClient): Promise<void> {
  const wait = await readHits(db, `sign-in-wait:${client.key}`);
  if (wait.count > 0 && wait.ttlMs > 0) {
    const seconds = Math.ceil(wait.ttlMs / 1000);
    throw tooManyRequests(
      `Too many failed attempts to sign in from this browser. Wait ${plural(seconds, 'second')} and try again, or reset your password.`,
      seconds,
    );
  }
}

export async function countClientFailure(db: Database, client: SignInClient): Promise<void> {
  const failures = await countHit(db, `sign-in-failures:${client.key}`, FAILURE_WINDOW_MS);
  const wait = clientWaitSeconds(failures.count, client.freeFailures);
  // The wait window can only be new here: attempts during a wait are refused before counting.
  if (wait) await countHit(db, `sign-in-wait:${client.key}`, wait * 1000);
}
