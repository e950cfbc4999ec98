import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServerProcess } from '../src/server/testing/processes.js';
import { benchImport } from './import.js';
import { benchLine, load } from './load.js';

/**
 * `npm run bench`: each figure beside a baseline measured in the same run on the same server,
 * so machines of different speed can still be compared by the ratio.
 * Set DATABASE_URL to measure on PostgreSQL instead of embedded PGlite.
 */
async function main() {
  // The per-session rate limit would otherwise be what is measured.
  const env: Record<string, string> = { CHORUS_DEMO: '1', CHORUS_RATE_LIMIT: '1000000' };
  if (!process.env.DATABASE_URL) env.CHORUS_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'chorus-bench-'));
  const server = await startServerProcess(env);
  const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  try {
    const signIn = await fetch(`${server.url}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@northbridge.example', password: 'northbridge-demo-strategy' }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const me = await (await fetch(`${server.url}/api/v1/me`, { headers: { cookie } })).json();
    const orgId = me.currentOrganisationId as string;
    const options = { total: 3000, concurrency: 20 };

    const health = await load(() => fetch(`${server.url}/healthz`), options);
    const list = await load(() => fetch(`${server.url}/api/v1/orgs/${orgId}/strategies`, { headers: { cookie } }), options);
    const audit = await load(() => fetch(`${server.url}/api/v1/orgs/${orgId}/audit?limit=50`, { headers: { cookie } }), options);
    const baseline = { name: `healthz-${kind}`, value: health.perSecond, unit: 'req/s' };
    console.log(benchLine(`strategy-list-${kind}`, list.perSecond, 'req/s', baseline));
    console.log(benchLine(`audit-page-${kind}`, audit.perSecond, 'req/s', baseline));
    console.log(`bench strategy-list-${kind}: ${list.p95.toFixed(1)} ms p95 | limit 300 ms`);
    const failures = health.failures + list.failures + audit.failures;
    if (failures > 0) throw new Error(`${failures} requests failed during the benchmark.`);
  } finally {
    await server.stop();
  }
  // Its own fresh embedded database (or DATABASE_URL), after the server has stopped.
  console.log(await benchImport());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
