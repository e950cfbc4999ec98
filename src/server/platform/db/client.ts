import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** Drizzle over either driver; a transaction is assignable to it too. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Runs SQL that may hold several statements and no parameters (migrations, restore). */
  exec(sql: string): Promise<void>;
  /** One parameterised statement, returning plain rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Raw SQL on one connection inside one transaction (migrations, restore, backup). */
  transaction<T>(work: (conn: RawConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface RawConnection {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? 'memory://');
}

async function openPostgres(connectionString: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max });
  // Fail at start-up with the server's own message rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    db: drizzlePg(pool) as unknown as Db,
    async exec(sql) {
      await pool.query(sql);
    },
    async query(sql, params = []) {
      const result = await pool.query(sql, params);
      return result.rows;
    },
    async transaction(work) {
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const result = await work({
          exec: async (sql) => void (await conn.query(sql)),
          query: async (sql, params = []) => (await conn.query(sql, params)).rows,
        });
        await conn.query('COMMIT');
        return result;
      } catch (error) {
        await conn.query('ROLLBACK');
        throw error;
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    db: drizzlePglite(client) as unknown as Db,
    async exec(sql) {
      await client.exec(sql);
    },
    async query(sql, params = []) {
      const result = await client.query(sql, params);
      return result.rows as never[];
    },
    transaction(work) {
      return client.transaction((tx) =>
        work({
          exec: async (sql) => void (await tx.exec(sql)),
          query: async (sql, params = []) => (await tx.query(sql, params)).rows as never[],
        }),
      );
    },
    close: () => client.close(),
  };
}
