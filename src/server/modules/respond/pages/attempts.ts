import type { Database } from '../../../platform/db/client.js';
import { countHit, readHits } from '../../../platform/rate-counters.js';

/**
 * Wrong access codes allowed per open link before it refuses codes for a while. Keyed by the
 * link, never by IP address (a whole trust shares a few), and counting only failures, so a busy
 * launch morning of staff typing the right code is never slowed. Counted in the database, so
 * the limit holds however many server processes share the work.
 *
 * The trade-off, written down: anyone who knows a link can make it rest by typing wrong codes,
 * since nothing but the link identifies an anonymous respondent. Staff who have already passed
 * the code carry their pass in the form and are not affected; the rest wait out the window.
 */
export class AttemptLimiter {
  constructor(
    private readonly database: Database,
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Seconds until the key may try again; 0 when it may try now. */
  async waitSeconds(key: string): Promise<number> {
    const hits = await readHits(this.database, `attempts:${key}`);
    return hits.count >= this.max ? Math.max(1, Math.ceil(hits.ttlMs / 1000)) : 0;
  }

  async fail(key: string): Promise<void> {
    await countHit(this.database, `attempts:${key}`, this.windowMs);
  }
}
