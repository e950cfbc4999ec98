import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FREE_TESTS } from './database-free.js';

/** Every test file under the project, as a path from its root. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(full);
    return entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** What a test that uses a database has to call or import, directly. */
const OPENS_A_DATABASE = /startTestApp|createContext|demoStrategy|@electric-sql\/pglite|from 'pg'|TEST_DATABASE_URL|testDatabaseUrl|testing\/harness/;

describe('the tests left out of the PostgreSQL pass', () => {
  it('never open a database, so the pass loses nothing by skipping them', () => {
    const skipped = testFiles('src').filter((file) => DATABASE_FREE_TESTS.some((prefix) => file.startsWith(prefix)));
    expect(skipped.length).toBeGreaterThan(20);
    const offenders = skipped.filter((file) => OPENS_A_DATABASE.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
