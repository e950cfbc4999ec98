import type { FastifyRateLimitOptions, FastifyRateLimitStore } from '@fastify/rate-limit';
import type { Database } from './db/client.js';

/**
 * Fixed-window counters shared by every server process through the database (table
 * `rate_counters`). One statement per hit: the window restarts when it has ended, so a key
 * needs no clean-up to work, and old keys are swept now and then so the table stays small.
 */
export interface Hit {
  count: number;
  /** Milliseconds until the window ends. */
  ttlMs: number;
}

const SWEEP_EVERY = 500;
let hitsSinceSweep = 0;

export async function countHit(db: Database, key: string, windowMs: number): Promise<Hit> {
  const [row] = await db.query<{ count: number; ttl_ms: string }>(
    `INSERT INTO rate_counters AS c (key, count, window_ends_at)
     VALUES ($1, 1, clock_timestamp() + $2 * interval '1 millisecond')
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN c.window_ends_at <= clock_timestamp() THEN 1 ELSE c.count + 1 END,
       window_ends_at = CASE WHEN c.window_ends_at <= clock_timestamp() THEN excluded.window_ends_at ELSE c.window_ends_at END
     RETURNING count, greatest(0, ceil(extract(epoch FROM (window_ends_at - clock_timestamp())) * 1000))::text AS ttl_ms`,
    [key, windowMs],
  );
  if (++hitsSinceSweep >= SWEEP_EVERY) {
    hitsSinceSweep = 0;
    await db.query(`DELETE FROM rate_counters WHERE window_ends_at < clock_timestamp() - interval '1 hour'`);
  }
  return { count: row!.count, ttlMs: Number(row!.ttl_ms) };
}

/** The key's count in its current window, without counting a hit (0 once the window has ended). */
export async function readHits(db: Database, key: string): Promise<Hit> {
  const [row] = await db.query<{ count: number; ttl_ms: string }>(
    `SELECT count, ceil(extract(epoch FROM (window_ends_at - clock_timestamp())) * 1000)::text AS ttl_ms
     FROM rate_counters WHERE key = $1 AND window_ends_at > clock_timestamp()`,
    [key],
  );
  return row ? { count: row.count, ttlMs: Number(row.ttl_ms) } : { count: 0, ttlMs: 0 };
}

/**
 * A store for @fastify/rate-limit backed by `countHit`. Route-level limits get a child store
 * whose keys carry the route, so a route's own limit never shares a counter with the global one.
 */
export function databaseRateLimitStore(db: Database) {
  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options?: FastifyRateLimitOptions,
      private readonly prefix = 'api',
    ) {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      countHit(db, `${this.prefix}:${key}`, timeWindow).then(
        (hit) => callback(null, { current: hit.count, ttl: hit.ttlMs }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }

    child(routeOptions: { method?: string | string[]; path: string; prefix: string }): FastifyRateLimitStore {
      return new DatabaseStore(undefined, `route:${[routeOptions.method].flat().join(',')}:${routeOptions.path}`);
    }
  }
  return DatabaseStore;
}
