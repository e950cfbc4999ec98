import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ImportOptions } from '../src/shared/contracts/imports.js';
import { importFile } from '../src/server/modules/imports/index.js';
import { prepareImport } from '../src/server/modules/imports/prepare.js';
import { openDatabase } from '../src/server/platform/db/client.js';
import { migrate } from '../src/server/platform/db/migrate.js';
import { benchLine } from './load.js';

/**
 * 100,000 responses × 20 columns (4 free text) imported through the real path (`importFile`, as
 * the API job and the CLI call it) beside a raw COPY of the same file into a flat table of 20
 * text columns, in the same fresh database in the same run. Both databases load the baseline
 * the same way (`copyFrom`: a Blob on PGlite, COPY FROM STDIN on PostgreSQL), as the import does.
 */
const ROWS = 100_000;
const FREQUENCY = ['Daily', 'Weekly', 'Monthly', 'Never'];
const AGREEMENT = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const WARDS = ['Ward 1', 'Ward 2', 'Ward 3', 'Outpatients', 'Theatres', 'Pharmacy'];
const TOOLS = ['Email', 'Teams', 'EPR', 'Rostering app', 'Bleep'];
const WORDS = 'the log-in is slow wifi drops out on the ward printer never works we need more training single sign-on would save time laptops take ages to start paper forms still used everywhere'.split(' ');

export function generateExport(rows = ROWS): Buffer {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => Array.from({ length: 4 + Math.floor(next() * 20) }, () => pick(WORDS)).join(' ') + ` (#${Math.floor(next() * 1e6)})`;
  const header = ['Timestamp', 'Division', 'Ward', 'How often do you use the EPR?', 'How often do you use e-rostering?', 'How often do you work remotely?',
    ...Array.from({ length: 6 }, (_, i) => `Statement ${i + 1}: the IT I use helps me`), 'Rate the EPR (0-10)', 'Rate the wifi (0-10)', 'Rate IT support (0-10)',
    'Which tools do you use?', 'What gets in the way?', 'What helps?', 'What should we stop doing?', 'Anything else?'];
  const data = [header];
  for (let i = 0; i < rows; i += 1) {
    const tools = TOOLS.filter(() => next() < 0.4);
    data.push([
      `${String((i % 28) + 1).padStart(2, '0')}/03/2025 10:${String(i % 60).padStart(2, '0')}`, next() < 0.5 ? 'Surgery' : 'Medicine', pick(WARDS),
      pick(FREQUENCY), pick(FREQUENCY), pick(FREQUENCY), ...Array.from({ length: 6 }, () => pick(AGREEMENT)),
      String(Math.floor(next() * 11)), String(Math.floor(next() * 11)), String(Math.floor(next() * 11)),
      tools.join(', '), sentence(), sentence(), next() < 0.5 ? sentence() : '', next() < 0.3 ? sentence() : '',
    ]);
  }
  return Buffer.from(stringify(data, { record_delimiter: 'windows' }));
}

/** The longest the event loop (every other request) waits while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  // Its first sample only starts the clock: take it before the work begins.
  await new Promise((resolve) => setTimeout(resolve, 20));
  try {
    await work();
    // The histogram records a stall when the loop turns again: let it turn once more.
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    delay.disable();
  }
  return delay.max / 1e6;
}

/**
 * `databaseUrl` undefined measures on PGlite (run.ts passes the server's URL for PostgreSQL).
 * Two lines: the rate beside COPY, and the longest the server's other requests wait during the
 * import beside reading and checking the same file on the server's own thread (as it was done
 * before imports moved to a worker thread).
 */
export async function benchImport(databaseUrl: string | undefined): Promise<string[]> {
  const kind = databaseUrl ? 'postgres' : 'pglite';
  const bytes = generateExport();
  const dataDir = databaseUrl ? undefined : mkdtempSync(path.join(tmpdir(), 'chorus-bench-import-'));
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: dataDir! });
  try {
    await migrate(database);
    const [org] = await database.query<{ id: string }>(`INSERT INTO organisations (name) VALUES ('Bench Trust') RETURNING id`);
    const [strategy] = await database.query<{ id: string }>(`INSERT INTO strategies (organisation_id, name, start_year, end_year) VALUES ($1, 'Bench', 2026, 2029) RETURNING id`, [org!.id]);
    for (const name of ['Surgery', 'Medicine']) await database.query(`INSERT INTO org_units (organisation_id, kind, name) VALUES ($1, 'division', $2)`, [org!.id, name]);

    const options: ImportOptions = { keepIdentifying: [], columns: [], unmatchedProfile: 'problem' };
    let started = performance.now();
    let done = { responses: 0 };
    const importStall = await longestStall(async () => {
      done = await importFile(database, { organisationId: org!.id, userId: null, name: 'Bench' }, { strategyId: strategy!.id, fileName: `bench-${randomUUID()}.csv`, bytes, options });
    });
    const importRate = done.responses / ((performance.now() - started) / 1000);
    const profile = { staff_group: [], division: [{ key: 'surgery', label: 'Surgery' }, { key: 'medicine', label: 'Medicine' }], site: [] };
    const onThreadStall = await longestStall(() => prepareImport(bytes, 'bench.csv', options, { profile, target: null, duplicateOf: null }));

    await database.exec(`DROP TABLE IF EXISTS bench_import_flat; CREATE TABLE bench_import_flat (${Array.from({ length: 20 }, (_, i) => `c${i + 1} text`).join(', ')})`);
    started = performance.now();
    await database.transaction((conn) => conn.copyFrom('bench_import_flat', null, [bytes], 'csv-header'));
    const copyRate = ROWS / ((performance.now() - started) / 1000);
    const [copied] = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM bench_import_flat`);
    if (copied!.n !== ROWS || done.responses !== ROWS) throw new Error(`Expected ${ROWS} rows, imported ${done.responses} and copied ${copied!.n}.`);
    await database.exec('DROP TABLE bench_import_flat');
    return [
      benchLine(`import-${kind}`, importRate, 'rows/s', { name: `copy-${kind}`, value: copyRate, unit: 'rows/s' }),
      benchLine(`import-longest-stall-${kind}`, importStall, 'ms', { name: `prepare-on-server-thread-stall-${kind}`, value: onThreadStall, unit: 'ms' }),
    ];
  } finally {
    await database.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
