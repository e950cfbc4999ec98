import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../platform/db/client.js';
import type { Config } from '../platform/config.js';
import { startTestApp, testDatabaseUrl, type TestApp } from './harness.js';

/**
 * A brand-new empty database of the kind under test: in-memory PGlite, or a freshly created
 * database on the test PostgreSQL server (dropped again by `drop`).
 */
export async function freshDatabase(): Promise<{ database: Database; url: string | undefined; drop(): Promise<void> }> {
  const serverUrl = testDatabaseUrl();
  if (!serverUrl) {
    const database = await openDatabase({ dataDir: 'memory://' });
    return { database, url: undefined, drop: () => database.close() };
  }
  const url = await createDatabase(serverUrl);
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      await dropDatabase(url.toString());
    },
  };
}

/** An empty database on the test server, beside the one in `serverUrl`; returns its address. */
async function createDatabase(serverUrl: string): Promise<URL> {
  const name = `chorus_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url;
}

async function dropDatabase(databaseUrl: string) {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = new URL(testDatabaseUrl()!).pathname;
  const cleanup = new pg.Client({ connectionString: url.toString() });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await cleanup.end();
}

/**
 * The app on a database of its own, for a test that reads whole tables or watches the job queue:
 * on the shared PostgreSQL server other test files write the same tables, and their job workers
 * take any queued job. (PGlite is already one database per app.)
 */
export async function startTestAppAlone(overrides: Partial<Config> = {}): Promise<TestApp> {
  const serverUrl = testDatabaseUrl();
  // The app migrates the new database itself as it starts.
  const own = serverUrl ? (await createDatabase(serverUrl)).toString() : undefined;
  const app = await startTestApp({ ...overrides, ...(own ? { databaseUrl: own } : {}) });
  return {
    ...app,
    async close() {
      await app.close();
      if (own) await dropDatabase(own);
    },
  };
}
