import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Database, RawConnection } from './client.js';
import { migrate, schemaVersion } from './migrate.js';

/**
 * A logical, versioned dump: JSON Lines, one header line then one line per row. It is
 * independent of PGlite's data folder (which does not survive PGlite upgrades) and loads
 * into PGlite or a PostgreSQL server alike.
 */
export const BACKUP_FORMAT = 'chorus-backup';
export const BACKUP_VERSION = 1;
const BATCH = 1000;

interface Header {
  format: string;
  version: number;
  schema: string;
  createdAt: string;
  tables: { name: string; rows: number }[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Application tables, parents before children, so rows can be inserted in this order. Rate
 * counters are left out: they are minutes-long working state, not data worth restoring.
 */
export async function tablesInDependencyOrder(conn: RawConnection): Promise<string[]> {
  const tables = (
    await conn.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('chorus_migrations', 'rate_counters')
       ORDER BY table_name`,
    )
  ).map((t) => t.name);
  const edges = await conn.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const edge of edges) if (edge.child === table && edge.parent !== table) visit(edge.parent);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}

export async function backup(database: Database, file: string): Promise<Header> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  // One repeatable-read transaction: every table is read from the same moment.
  const header = await database.transaction(async (conn) => {
    await conn.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const tables = await tablesInDependencyOrder(conn);
    const counts = [];
    for (const name of tables) {
      const [row] = await conn.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(name)}`);
      counts.push({ name, rows: Number(row?.n ?? 0) });
    }
    const head: Header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, schema: await schemaVersion(), createdAt: new Date().toISOString(), tables: counts };
    await write(JSON.stringify(head));
    for (const { name } of counts) {
      await conn.exec(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(t) AS r FROM ${quote(name)} t`);
      for (;;) {
        const rows = await conn.query<{ r: unknown }>(`FETCH ${BATCH} FROM backup_rows`);
        for (const row of rows) await write(JSON.stringify({ t: name, r: row.r }));
        if (rows.length < BATCH) break;
      }
      await conn.exec('CLOSE backup_rows');
    }
    return head;
  });
  out.end();
  await once(out, 'finish');
  return header;
}

export class RestoreError extends Error {}

/** Columns that refer to their own table (a department's division): such rows are loaded parents first. */
async function selfReferences(conn: RawConnection): Promise<Map<string, string[]>> {
  const rows = await conn.query<{ table_name: string; column_name: string }>(
    `SELECT c.relname AS table_name, a.attname AS column_name FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
     WHERE k.contype = 'f' AND k.conrelid = k.confrelid AND n.nspname = 'public'`,
  );
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.table_name, [...(map.get(row.table_name) ?? []), row.column_name]);
  return map;
}

/** Each table's columns a row may be given (generated columns, such as a search vector, are computed). */
async function insertableColumns(conn: RawConnection): Promise<Map<string, string[]>> {
  const rows = await conn.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = 'public' AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  );
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.table_name, [...(map.get(row.table_name) ?? []), row.column_name]);
  return map;
}

/**
 * Loads a backup into an empty instance, all or nothing. The schema is first brought to the
 * backup's version, the rows loaded, then any newer migrations applied on top.
 */
export async function restore(database: Database, file: string): Promise<Header> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: Header;
  try {
    header = JSON.parse(first.value ?? '') as Header;
  } catch {
    throw new RestoreError(`${file} is not a Chorus backup: its first line is not a JSON header.`);
  }
  if (header.format !== BACKUP_FORMAT) throw new RestoreError(`${file} is not a Chorus backup (format "${String(header.format)}").`);
  if (header.version > BACKUP_VERSION) {
    throw new RestoreError(`${file} was written by a newer Chorus (backup format ${header.version}); upgrade Chorus to restore it.`);
  }
  await migrate(database, { upTo: header.schema });
  await database.transaction(async (conn) => {
    const tables = await tablesInDependencyOrder(conn);
    for (const table of tables) {
      const [row] = await conn.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`);
      if (Number(row?.n) > 0) {
        throw new RestoreError(`The target instance is not empty (table ${table} has ${row?.n} rows). Restore only into a new, empty instance.`);
      }
    }
    const known = new Set(tables);
    const selfRefs = await selfReferences(conn);
    const columns = await insertableColumns(conn);
    // The triggers that derive evidence from its sources stand aside: the backup holds those rows.
    await conn.exec("SET LOCAL chorus.restoring = 'on'");
    // A table that refers to itself (a department's division) is held until the file moves
    // on, then inserted parents first, so every row's parent already exists when it arrives and
    // unique indexes that include the parent column are never briefly violated.
    let held: Record<string, unknown>[] = [];
    let heldTable = '';
    let batch: unknown[] = [];
    let batchTable = '';
    const loaded = new Map<string, number>();
    const flush = async () => {
      if (batch.length === 0) return;
      const list = columns.get(batchTable)!.map(quote).join(', ');
      await conn.query(
        `INSERT INTO ${quote(batchTable)} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${quote(batchTable)}, $1::jsonb)`,
        [JSON.stringify(batch)],
      );
      loaded.set(batchTable, (loaded.get(batchTable) ?? 0) + batch.length);
      batch = [];
    };
    const releaseHeld = async () => {
      if (held.length === 0) return;
      const columns = selfRefs.get(heldTable)!;
      const ids = new Set(held.map((r) => String(r.id)));
      const placed = new Set<string>();
      const ordered: Record<string, unknown>[] = [];
      let remaining = held;
      while (remaining.length > 0) {
        const ready = remaining.filter((r) =>
          columns.every((c) => r[c] === null || r[c] === undefined || !ids.has(String(r[c])) || placed.has(String(r[c]))),
        );
        if (ready.length === 0) throw new RestoreError(`The rows of ${heldTable} refer to each other in a circle. Nothing was restored.`);
        for (const r of ready) placed.add(String(r.id));
        ordered.push(...ready);
        remaining = remaining.filter((r) => !placed.has(String(r.id)));
      }
      batchTable = heldTable;
      for (const row of ordered) {
        batch.push(row);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      held = [];
    };
    let lineNumber = 1;
    for await (const line of { [Symbol.asyncIterator]: () => iterator }) {
      lineNumber += 1;
      if (!line.trim()) continue;
      let entry: { t: string; r: unknown };
      try {
        entry = JSON.parse(line) as { t: string; r: unknown };
      } catch {
        throw new RestoreError(`Line ${lineNumber} of ${file} is not valid JSON; the file may be truncated. Nothing was restored.`);
      }
      if (!known.has(entry.t)) throw new RestoreError(`Line ${lineNumber} names an unknown table "${entry.t}". Nothing was restored.`);
      if (entry.t !== heldTable) await releaseHeld();
      if (selfRefs.has(entry.t)) {
        await flush();
        heldTable = entry.t;
        held.push(entry.r as Record<string, unknown>);
        continue;
      }
      if (entry.t !== batchTable || batch.length >= BATCH) {
        await flush();
        batchTable = entry.t;
      }
      batch.push(entry.r);
    }
    await releaseHeld();
    await flush();
    for (const { name, rows } of header.tables) {
      if ((loaded.get(name) ?? 0) !== rows) {
        throw new RestoreError(`The backup promised ${rows} rows for ${name} but holds ${loaded.get(name) ?? 0}; the file is incomplete. Nothing was restored.`);
      }
    }
  });
  await migrate(database);
  return header;
}
