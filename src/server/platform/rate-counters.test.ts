import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../testing/databases.js';
import type { Database } from './db/client.js';
import { migrate } from './db/migrate.js';
import { countHit, readHits } from './rate-counters.js';

describe('rate counters in the database', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let db: Database;
  beforeAll(async () => {
    fresh = await freshDatabase();
    db = fresh.database;
    await migrate(db);
  });
  afterAll(() => fresh.drop());

  it('counts hits per key within the window and reports the time left', async () => {
    expect((await countHit(db, 'a', 60_000)).count).toBe(1);
    expect((await countHit(db, 'a', 60_000)).count).toBe(2);
    const third = await countHit(db, 'a', 60_000);
    expect(third.count).toBe(3);
    expect(third.ttlMs).toBeGreaterThan(0);
    expect(third.ttlMs).toBeLessThanOrEqual(60_000);
    expect((await countHit(db, 'b', 60_000)).count).toBe(1);
    expect((await readHits(db, 'a')).count).toBe(3);
    expect((await readHits(db, 'a')).count).toBe(3);
    expect((await readHits(db, 'never')).count).toBe(0);
  });

  it('starts a new window once the old one has ended', async () => {
    await countHit(db, 'short', 1);
    await countHit(db, 'short', 1);
    await db.query(`UPDATE rate_counters SET window_ends_at = clock_timestamp() - interval '1 second' WHERE key = 'short'`);
    expect((await readHits(db, 'short')).count).toBe(0);
    expect((await countHit(db, 'short', 60_000)).count).toBe(1);
  });

  it('counts concurrent hits exactly once each', async () => {
    const hits = await Promise.all(Array.from({ length: 25 }, () => countHit(db, 'busy', 60_000)));
    expect(hits.map((h) => h.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});
