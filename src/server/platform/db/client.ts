import { mkdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
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
  /** Drizzle on this same connection, inside this transaction. */
  db: Db;
  /**
   * Bulk load with COPY (many times faster than INSERT for large loads): `data` is PostgreSQL's
   * COPY text format (see `copy-text.ts`), or CSV with a header row. Runs in this transaction.
   */
  copyFrom(table: string, columns: readonly string[] | null, data: CopyData, format?: CopyFormat): Promise<void>;
}

/** The bytes of one COPY, in pieces (joined by the driver, never by us). */
export type CopyData = readonly (string | Uint8Array)[];
export type CopyFormat = 'text' | 'csv-header';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** The COPY statement up to its source; names are checked, never quoted from input. */
function copyStatement(table: string, columns: readonly string[] | null, source: string, format: CopyFormat): string {
  for (const name of [table, ...(columns ?? [])]) {
    if (!IDENTIFIER.test(name)) throw new Error(`COPY refuses the name "${name}": use a plain lower-case table or column name.`);
  }
  const options = format === 'csv-header' ? 'FORMAT csv, HEADER true' : 'FORMAT text';
  return `COPY ${table}${columns ? ` (${columns.join(', ')})` : ''} FROM ${source} WITH (${options})`;
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
  // An idle connection closed by the server (restart, failover, a dropped database) must not
  // take the process down; the pool replaces it on the next query.
  pool.on('error', (error) => console.error('[database] idle connection lost:', error.message));
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
          db: drizzlePg(conn) as unknown as Db,
          // COPY … FROM STDIN on this client (the transaction's), streamed piece by piece.
          copyFrom: (table, columns, data, format = 'text') =>
            pipeline(Readable.from(data), conn.query(copyFromStdin(copyStatement(table, columns, 'STDIN', format)))),
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
          // Drizzle builds its own PGlite transactions exactly so: a session over the transaction.
          db: drizzlePglite({ client: tx as unknown as PGlite }) as unknown as Db,
          // PGlite reads COPY input from a Blob passed with the statement, as the file /dev/blob.
          copyFrom: async (table, columns, data, format = 'text') =>
            void (await tx.query(copyStatement(table, columns, `'/dev/blob'`, format), [], { blob: new Blob(data as BlobPart[]) })),
        }),
      );
    },
    close: () => client.close(),
  };
}
