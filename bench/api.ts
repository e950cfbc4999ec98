import { startServerProcess } from '../src/server/testing/processes.js';
import { signInDemoAdmin } from './fixtures.js';
import { benchLine, load } from './load.js';

/** Workspace reads (strategy list, audit page) beside the same server's /healthz rate. */
export async function benchApi(target: { databaseUrl?: string; dataDir?: string }, kind: string): Promise<string[]> {
  // The per-session rate limit would otherwise be what is measured.
  const env: Record<string, string> = { CHORUS_DEMO: '1', CHORUS_RATE_LIMIT: '1000000' };
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  else env.CHORUS_DATA_DIR = target.dataDir!;
  const server = await startServerProcess(env);
  try {
    const cookie = await signInDemoAdmin(server.url);
    const me = await (await fetch(`${server.url}/api/v1/me`, { headers: { cookie } })).json();
    const orgId = me.currentOrganisationId as string;
    const options = { total: 3000, concurrency: 20 };
    const health = await load(() => fetch(`${server.url}/healthz`), options);
    const list = await load(() => fetch(`${server.url}/api/v1/orgs/${orgId}/strategies`, { headers: { cookie } }), options);
    const audit = await load(() => fetch(`${server.url}/api/v1/orgs/${orgId}/audit?limit=50`, { headers: { cookie } }), options);
    const failures = health.failures + list.failures + audit.failures;
    if (failures > 0) throw new Error(`${failures} requests failed during the benchmark.`);
    const baseline = { name: `healthz-${kind}`, value: health.perSecond, unit: 'req/s' };
    return [
      benchLine(`strategy-list-${kind}`, list.perSecond, 'req/s', baseline),
      benchLine(`audit-page-${kind}`, audit.perSecond, 'req/s', baseline),
      `bench strategy-list-${kind}: ${list.p95.toFixed(1)} ms p95 | limit 300 ms`,
    ];
  } finally {
    await server.stop();
  }
}
