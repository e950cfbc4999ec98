/**
 * Wrong access codes allowed per open link before it refuses codes for a while. Keyed by the
 * link, never by IP address (a whole trust shares a few), and counting only failures, so a busy
 * launch morning of staff typing the right code is never slowed. Held in this process's memory.
 */
export class AttemptLimiter {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Seconds until the key may try again; 0 when it may try now. */
  waitSeconds(key: string, now = Date.now()): number {
    const entry = this.failures.get(key);
    if (!entry || now - entry.since >= this.windowMs) return 0;
    return entry.count >= this.max ? Math.ceil((entry.since + this.windowMs - now) / 1000) : 0;
  }

  fail(key: string, now = Date.now()): void {
    const entry = this.failures.get(key);
    if (!entry || now - entry.since >= this.windowMs) this.failures.set(key, { count: 1, since: now });
    else entry.count += 1;
    if (this.failures.size > 10_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.failures) if (now - entry.since >= this.windowMs) this.failures.delete(key);
  }
}
