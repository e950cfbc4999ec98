import { defineConfig } from 'vitest/config';
import { databaseFreeGlobs } from './src/server/testing/database-free.js';

// `*.pg.test.ts` need a PostgreSQL server (several processes sharing one database); they run
// only in the PostgreSQL pass, which `npm test` starts when TEST_DATABASE_URL is set. Tests that
// never open a database run only in the PGlite pass (src/server/testing/database-free.ts).
const onPostgres = process.env.CHORUS_TEST_DB === 'postgres';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: onPostgres ? ['**/node_modules/**', '**/*.process.test.ts', ...databaseFreeGlobs()] : ['**/node_modules/**', '**/*.pg.test.ts'],
    environment: 'node',
    // Two cores: two workers, each with its own embedded database per test file.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
