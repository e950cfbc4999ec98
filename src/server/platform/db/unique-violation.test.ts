import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../testing/databases.js';
import type { Database } from './client.js';
import { isUniqueViolation } from './unique-violation.js';

// The driver's own error, wrapped by Drizzle as it reaches a command: that is what the helper sees.
describe('isUniqueViolation', () => {
  let database: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ database, drop } = await freshDatabase());
    await database.exec(`
      CREATE TABLE uv_probe (a int, b int, CONSTRAINT uv_a_once UNIQUE (a));
      CREATE UNIQUE INDEX uv_b_once ON uv_probe (b);
      INSERT INTO uv_probe VALUES (1, 1);`);
  });
  afterAll(async () => drop());

  const failure = async (a: number, b: number): Promise<unknown> => {
    try {
      await database.db.execute(sql`INSERT INTO uv_probe VALUES (${a}, ${b})`);
    } catch (error) {
      return error;
    }
    throw new Error('the insert was expected to fail');
  };

  it('knows a repeated value, and which rule it broke', async () => {
    const byConstraint = await failure(1, 2);
    expect(isUniqueViolation(byConstraint)).toBe(true);
    expect(isUniqueViolation(byConstraint, 'uv_a_once')).toBe(true);
    expect(isUniqueViolation(byConstraint, 'uv_b_once')).toBe(false);

    const byIndex = await failure(2, 1);
    expect(isUniqueViolation(byIndex, 'uv_b_once')).toBe(true);
    expect(isUniqueViolation(byIndex, 'uv_a_once')).toBe(false);
  });

  it('is false for other failures', async () => {
    const notAnInt = await database.db.execute(sql`SELECT 'x'::int`).then(() => null, (error: unknown) => error);
    expect(notAnInt).not.toBeNull();
    expect(isUniqueViolation(notAnInt)).toBe(false);
    expect(isUniqueViolation(new Error('duplicate key value violates unique constraint "uv_a_once"'), 'uv_a_once')).toBe(false);
  });
});
