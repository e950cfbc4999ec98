import { startServerProcess } from '../src/server/testing/processes.js';
import { openBenchInstance, signInDemoAdmin } from './fixtures.js';
import { load } from './load.js';

const SYSTEMS = 2_000;
const INTEGRATIONS = 10_000;

/**
 * The estate at the size of a large trust or an integrated care system: 2,000 more systems and
 * 10,000 integrations beside the demo register, made with set-based SQL. Then, through the real
 * HTTP API, the register list with filters and sorts (several variants in turn) and the map data.
 * A few clients at once (a handful of architects), so p95 is the latency one person sees.
 */
export async function benchEstate(target: { databaseUrl?: string; dataDir?: string }, kind: string): Promise<string[]> {
  const { ctx, organisationId } = await openBenchInstance(target);
  const db = ctx.database;
  await db.query(
    `INSERT INTO systems (organisation_id, name, supplier, product, capability, lifecycle, criticality, hosting,
       technical_fit, functional_fit, contract_end, annual_cost, user_count, tags, holds_patient_data)
     SELECT $1, 'Bench system ' || lpad(g::text, 5, '0'), 'Supplier ' || (g % 97), 'Product ' || (g % 13), 'Capability ' || (g % 40),
       (ARRAY['plan','phase_in','active','phase_out','end_of_life'])[1 + g % 5], (ARRAY['low','medium','high','critical'])[1 + g % 4],
       (ARRAY['on_premises','cloud','saas'])[1 + g % 3], 1 + g % 4, 1 + (g / 4) % 4, DATE '2026-01-01' + (g % 1500),
       (g * 37) % 500000, g % 3000, ARRAY['tag' || (g % 10)], g % 2 = 0
     FROM generate_series(1, ${SYSTEMS}) g`,
    [organisationId],
  );
  await db.query(
    `INSERT INTO system_units (system_id, org_unit_id)
     SELECT s.id, d.id FROM systems s
     JOIN (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i, count(*) OVER () AS n FROM org_units WHERE organisation_id = $1 AND kind = 'division') d
       ON d.i = abs(hashtext(s.name)) % d.n
     WHERE s.organisation_id = $1 AND s.name LIKE 'Bench system %'`,
    [organisationId],
  );
  // Pairs (s, s+1+k) for k = 0..4 are all different, so every generated link is new.
  await db.query(
    `WITH s AS (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i, count(*) OVER () AS n FROM systems WHERE organisation_id = $1)
     INSERT INTO integrations (organisation_id, source_system_id, target_system_id, interface_type, frequency)
     SELECT $1, a.id, b.id, (ARRAY['hl7v2','fhir','dicom','file_transfer','api','manual_rekeying'])[1 + g % 6], 'daily'
     FROM generate_series(0, ${INTEGRATIONS - 1}) g
     JOIN s a ON a.i = g % a.n
     JOIN s b ON b.i = (g % a.n + 1 + g / a.n) % a.n
     ON CONFLICT DO NOTHING`,
    [organisationId],
  );
  const [division] = await db.query<{ id: string }>(`SELECT id FROM org_units WHERE organisation_id = $1 AND kind = 'division' ORDER BY name LIMIT 1`, [organisationId]);
  const [counts] = await db.query<{ systems: number; integrations: number }>(
    `SELECT (SELECT count(*)::int FROM systems WHERE organisation_id = $1) AS systems, (SELECT count(*)::int FROM integrations WHERE organisation_id = $1) AS integrations`,
    [organisationId],
  );
  await db.query('ANALYZE');
  await ctx.jobs.stop();
  await db.close();

  const env: Record<string, string> = { CHORUS_DEMO: '0', CHORUS_RATE_LIMIT: '1000000' };
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  else env.CHORUS_DATA_DIR = target.dataDir!;
  const server = await startServerProcess(env);
  try {
    const cookie = await signInDemoAdmin(server.url);
    const base = `${server.url}/api/v1/orgs/${organisationId}`;
    const listVariants = [
      '?q=system%2001&sort=name',
      '?lifecycle=active&sort=contractEnd&direction=desc',
      '?time=eliminate&sort=annualCost&direction=desc',
      `?division=${division!.id}&sort=criticality`,
      '?capability=Capability%207&sort=time',
      '?tag=tag3&sort=userCount&pageSize=100',
      '?sort=name&page=20',
      '?q=supplier%201&hosting=saas&sort=lifecycle&direction=desc',
    ];
    let n = 0;
    const list = await load(() => fetch(`${base}/systems${listVariants[n++ % listVariants.length]}`, { headers: { cookie } }), { total: 800, concurrency: 4 });
    const mapVariants = ['', '?criticality=critical', `?division=${division!.id}`, '?interfaceType=hl7v2'];
    let m = 0;
    const map = await load(() => fetch(`${base}/estate/map${mapVariants[m++ % mapVariants.length]}`, { headers: { cookie } }), { total: 120, concurrency: 2 });
    const whole = await (await fetch(`${base}/estate/map`, { headers: { cookie } })).json();
    if (list.failures + map.failures > 0) throw new Error(`${list.failures + map.failures} estate requests failed during the benchmark.`);
    return [
      `bench estate setup-${kind}: ${counts!.systems} systems, ${counts!.integrations} integrations; whole map ${whole.nodes.length} nodes, ${whole.edges.length} edges`,
      `bench estate register list: ${list.p95.toFixed(1)} ms p95 | limit 300 ms (${kind}, ${listVariants.length} filter/sort variants, 4 clients)`,
      `bench estate map: ${map.p95.toFixed(1)} ms p95 | limit 300 ms (${kind}, ${mapVariants.length} filter variants, 2 clients)`,
    ];
  } finally {
    await server.stop();
  }
}
