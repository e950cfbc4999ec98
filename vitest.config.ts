import { defineConfig } from 'vitest/config';

// `*.pg.test.ts` need a PostgreSQL server (several processes sharing one database); they run
// only in the PostgreSQL pass, which `npm test` starts when TEST_DATABASE_URL is set.
const onPostgres = process.env.CHORUS_TEST_DB === 'postgres';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: onPostgres ? ['**/node_modules/**', '**/*.process.test.ts'] : ['**/node_modules/**', '**/*.pg.test.ts'],
    environment: 'node',
    // Two cores: two workers, each with its own embedded database per test file.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
