import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchApi } from './api.js';
import { benchDocuments, benchPublicPage } from './documents.js';
import { benchEstate } from './estate.js';
import { benchEvidenceSearch } from './evidence-search.js';
import { benchImport } from './import.js';
import { benchPersonalInfo } from './personal-info.js';
import { freshDatabaseUrl, postgresForBench } from './postgres.js';
import { benchResults } from './results.js';
import { benchSubmissions } from './submissions.js';
import { benchSuppression } from './suppression.js';
import { benchThemes } from './themes.js';
import { benchTraceability } from './traceability.js';
import { benchRoadmap } from './roadmap.js';

/**
 * `npm run bench`: every figure beside a baseline measured in the same run, on PGlite and on
 * PostgreSQL (DATABASE_URL, or a throwaway PostgreSQL 15 when it is installed). Each benchmark
 * gets a fresh database. BENCH_ONLY=api,submissions,import,results,estate,suppression,themes,pii,evidence,traceability,roadmap,document,public-page picks some;
 * BENCH_RESPONSES sets the size of the results benchmark (default 1,000,000).
 */
const only = new Set((process.env.BENCH_ONLY ?? 'api,submissions,import,results,estate,suppression,themes,pii,evidence,traceability,roadmap,document,public-page').split(','));
const responses = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const embedded = () => ({ dataDir: mkdtempSync(path.join(tmpdir(), 'chorus-bench-')) });

async function main() {
  const server = postgresForBench();
  if (!server) console.log('PostgreSQL 15 is not installed and DATABASE_URL is not set: measuring on PGlite only.');
  const print = (lines: string[] | string) => console.log([lines].flat().join('\n'));
  try {
    if (only.has('api')) {
      print(await benchApi(embedded(), 'pglite'));
      if (server) print(await benchApi({ databaseUrl: await freshDatabaseUrl(server.url) }, 'postgres'));
    }
    if (only.has('submissions')) {
      print(await benchSubmissions(embedded(), 'pglite'));
      if (server) print(await benchSubmissions({ databaseUrl: await freshDatabaseUrl(server.url) }, 'postgres'));
    }
    if (only.has('import')) {
      print(await benchImport(undefined));
      if (server) print(await benchImport(await freshDatabaseUrl(server.url)));
    }
    if (only.has('estate')) {
      print(await benchEstate(embedded(), 'pglite'));
      if (server) print(await benchEstate({ databaseUrl: await freshDatabaseUrl(server.url) }, 'postgres'));
    }
    if (only.has('document')) {
      print(await benchDocuments(embedded(), 'pglite'));
      if (server) print(await benchDocuments({ databaseUrl: await freshDatabaseUrl(server.url) }, 'postgres'));
    }
    if (only.has('public-page')) {
      print(await benchPublicPage(embedded(), 'pglite'));
      if (server) print(await benchPublicPage({ databaseUrl: await freshDatabaseUrl(server.url) }, 'postgres'));
    }
    // Pure computation on the demo survey: the database kind does not change it.
    if (only.has('suppression')) print(await benchSuppression());
    if (only.has('pii')) print(benchPersonalInfo());
    if (only.has('themes')) print(await benchThemes());
    if (only.has('evidence') && server) print(await benchEvidenceSearch(await freshDatabaseUrl(server.url)));
    if (only.has('traceability') && server) print(await benchTraceability(await freshDatabaseUrl(server.url)));
    if (only.has('roadmap') && server) print(await benchRoadmap(await freshDatabaseUrl(server.url)));
    if (only.has('results') && server) print(await benchResults(await freshDatabaseUrl(server.url), responses));
  } finally {
    server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
