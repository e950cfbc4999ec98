import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../testing/databases.js';
import type { Database } from './client.js';
import { copyLine, copyValue } from './copy-text.js';

describe('copyValue', () => {
  it('escapes what COPY text format would read as structure', () => {
    expect(copyValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue('\\N')).toBe('\\\\N');
    expect(copyValue(-3)).toBe('-3');
  });
});

// On the database under test: in-memory PGlite, or PostgreSQL with CHORUS_TEST_DB=postgres.
describe('RawConnection.copyFrom', () => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await freshDatabase());
    await database.exec('CREATE TABLE copied (id int PRIMARY KEY, label text, note text NOT NULL DEFAULT \'\')');
  });
  afterAll(() => drop());

  const awkward = ['plain', 'tab\there', 'line\nbreak', 'carriage\r\nreturn', 'back\\slash', '\\N', '\\.', '', 'ünïcode “quotes” 🚀', 'end\\'];

  it('loads text-format rows exactly as written, nulls included, in the transaction', async () => {
    await database.transaction(async (conn) => {
      const lines = awkward.map((label, i) => copyLine([i, label]));
      // Pieces need not end on a row boundary.
      const text = [...lines, copyLine([awkward.length, null])].join('');
      await conn.copyFrom('copied', ['id', 'label'], [text.slice(0, 7), Buffer.from(text.slice(7))]);
      const [seen] = await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM copied');
      expect(seen!.n).toBe(awkward.length + 1);
    });
    const rows = await database.query<{ id: number; label: string | null; note: string }>('SELECT id, label, note FROM copied ORDER BY id');
    expect(rows.map((r) => r.label)).toEqual([...awkward, null]);
    expect(rows.every((r) => r.note === '')).toBe(true);
  });

  it('rolls back with the transaction, and the drizzle handle shares it', async () => {
    await expect(database.transaction(async (conn) => {
      await conn.copyFrom('copied', ['id', 'label'], [copyLine([100, 'kept only if committed'])]);
      const seen = await conn.db.execute('SELECT count(*)::int AS n FROM copied WHERE id = 100');
      expect((seen as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(1);
      throw new Error('changed my mind');
    })).rejects.toThrow('changed my mind');
    expect(await database.query('SELECT id FROM copied WHERE id = 100')).toEqual([]);
  });

  it('loads CSV with a header row, and reports a bad row as COPY does', async () => {
    await database.transaction((conn) => conn.copyFrom('copied', ['id', 'label'], ['id,label\r\n200,"a, ""quoted"" value"\r\n'], 'csv-header'));
    expect(await database.query('SELECT label FROM copied WHERE id = 200')).toEqual([{ label: 'a, "quoted" value' }]);
    await expect(database.transaction((conn) => conn.copyFrom('copied', ['id', 'label'], [copyLine(['not a number', 'x'])]))).rejects.toThrow(/integer/);
    // The connection is still usable afterwards.
    expect(await database.query<{ n: number }>('SELECT count(*)::int AS n FROM copied')).toEqual([{ n: awkward.length + 2 }]);
  });

  it('refuses a table or column name it would have to quote', async () => {
    await expect(database.transaction((conn) => conn.copyFrom('copied; DROP TABLE copied', null, []))).rejects.toThrow(/refuses the name/);
    await expect(database.transaction((conn) => conn.copyFrom('copied', ['"id"'], []))).rejects.toThrow(/refuses the name/);
  });
});
