import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './client.js';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** A constant key for pg_advisory_xact_lock, so two processes starting together migrate once. */
const MIGRATION_LOCK = 4_242_001;

export async function listMigrations(): Promise<string[]> {
  const journal = JSON.parse(
    await readFile(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8'),
  ) as Journal;
  return journal.entries.sort((a, b) => a.idx - b.idx).map((entry) => entry.tag);
}

/**
 * Applies drizzle-kit's generated SQL files that this database has not seen yet, each in
 * its own transaction, under an advisory lock. Returns the tags it applied. `upTo` stops at
 * an older version (restoring a backup taken by an older Chorus, before migrating the rest).
 */
export async function migrate(database: Database, options: { upTo?: string } = {}): Promise<string[]> {
  const all = await listMigrations();
  const stop = options.upTo ? all.indexOf(options.upTo) : all.length - 1;
  if (stop < 0) throw new Error(`This version of Chorus does not know the schema version "${options.upTo}".`);
  const tags = all.slice(0, stop + 1);
  return database.transaction(async (conn) => {
    await conn.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await conn.exec(
      `CREATE TABLE IF NOT EXISTS chorus_migrations (
         tag text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const done = new Set(
      (await conn.query<{ tag: string }>('SELECT tag FROM chorus_migrations')).map((r) => r.tag),
    );
    const applied: string[] = [];
    for (const tag of tags) {
      if (done.has(tag)) continue;
      const sql = await readFile(path.join(migrationsDir, `${tag}.sql`), 'utf8');
      for (const statement of sql.split('--> statement-breakpoint')) {
        if (statement.trim()) await conn.exec(statement);
      }
      await conn.query('INSERT INTO chorus_migrations (tag) VALUES ($1)', [tag]);
      applied.push(tag);
    }
    return applied;
  });
}

/** The newest migration tag this build knows; written into backups. */
export async function schemaVersion(): Promise<string> {
  const tags = await listMigrations();
  return tags.at(-1) ?? 'none';
}
