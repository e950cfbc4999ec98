import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * The PostgreSQL server to measure on: DATABASE_URL when set, otherwise a throwaway
 * PostgreSQL 15 started with scripts/postgres.sh (and stopped by `stop`), or none.
 */
export function postgresForBench(): { url: string; stop(): void } | null {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop() {} };
  if (!existsSync('/usr/lib/postgresql/15/bin/initdb')) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'chorus-bench-pg-'));
  const url = execFileSync('bash', ['scripts/postgres.sh', 'start', dir], { encoding: 'utf8' }).trim();
  return { url, stop: () => void execFileSync('bash', ['scripts/postgres.sh', 'stop', dir]) };
}

/** A new, empty database on the same server, so each benchmark starts clean. */
export async function freshDatabaseUrl(serverUrl: string): Promise<string> {
  const name = `chorus_bench_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
