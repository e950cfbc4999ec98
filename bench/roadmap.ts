import { startServerProcess } from '../src/server/testing/processes.js';
import { openBenchInstance, signInDemoAdmin } from './fixtures.js';
import { load } from './load.js';

const INITIATIVES = 500;
const PROGRAMMES = 25;
const DEPENDENCIES_EACH = 5; // about 2,450 after repeats are dropped: over the 2,000 asked for

const p95Of = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
};

/**
 * The roadmap's data (programmes, initiatives with flags, dependencies, critical path) for 500
 * initiatives and about 2,000 dependencies, through the real route. The baseline, measured in the
 * same run, is the bare reading of the same rows from the database with nothing computed: the
 * ratio is what the view's work costs on top.
 */
export async function benchRoadmap(databaseUrl: string): Promise<string[]> {
  const { ctx, organisationId, strategyId } = await openBenchInstance({ databaseUrl });
  const db = ctx.database;
  const [priority] = await db.query<{ id: string }>(
    `INSERT INTO priorities (organisation_id, strategy_id, title, position) VALUES ($1, $2, 'Bench roadmap priority', 999) RETURNING id`,
    [organisationId, strategyId],
  );
  await db.query(
    `INSERT INTO programmes (organisation_id, strategy_id, priority_id, name, position)
     SELECT $1, $2, $3, 'Bench programme ' || g, 100 + g FROM generate_series(1, ${PROGRAMMES}) g`,
    [organisationId, strategyId, priority!.id],
  );
  // Initiatives over three years; each depends on up to four earlier ones, so the graph is acyclic.
  await db.query(
    `WITH p AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM programmes WHERE strategy_id = $2 AND name LIKE 'Bench programme %')
     INSERT INTO initiatives (organisation_id, strategy_id, programme_id, title, owner, start_month, end_month, status, horizon, position)
     SELECT $1, $2, p.id, 'Bench initiative ' || lpad(g::text, 3, '0'), 'Owner ' || (g % 17),
       DATE '2026-04-01' + make_interval(months => (g * 7) % 30), DATE '2026-04-01' + make_interval(months => (g * 7) % 30 + 1 + g % 6),
       (ARRAY['proposed','planned','in_progress','done'])[1 + g % 4], (ARRAY['now','next','later'])[1 + g % 3], g
     FROM generate_series(1, ${INITIATIVES}) g JOIN p ON p.n = 1 + g % ${PROGRAMMES}`,
    [organisationId, strategyId],
  );
  await db.query(
    `WITH i AS (SELECT id, row_number() OVER (ORDER BY title) AS n FROM initiatives WHERE strategy_id = $1 AND title LIKE 'Bench initiative %')
     INSERT INTO initiative_dependencies (initiative_id, depends_on_id, strategy_id)
     SELECT a.id, b.id, $1 FROM i a, generate_series(1, ${DEPENDENCIES_EACH}) k
       JOIN i b ON true
      WHERE a.n > 1 AND b.n = 1 + abs(hashint4((a.n * 31 + k)::int)) % (a.n - 1)
     ON CONFLICT DO NOTHING`,
    [strategyId],
  );
  await db.query('ANALYZE');
  const [{ count: dependencies } = { count: 0 }] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM initiative_dependencies WHERE strategy_id = $1`, [strategyId]);
  const baseline: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const started = performance.now();
    await db.query(`SELECT * FROM programmes WHERE strategy_id = $1`, [strategyId]);
    await db.query(`SELECT * FROM initiatives WHERE strategy_id = $1`, [strategyId]);
    await db.query(`SELECT * FROM initiative_dependencies WHERE strategy_id = $1`, [strategyId]);
    baseline.push(performance.now() - started);
  }
  await ctx.jobs.stop();
  await db.close();

  const server = await startServerProcess({ CHORUS_DEMO: '0', CHORUS_RATE_LIMIT: '1000000', DATABASE_URL: databaseUrl });
  try {
    const cookie = await signInDemoAdmin(server.url);
    const url = `${server.url}/api/v1/strategies/${strategyId}/roadmap`;
    const first = await fetch(url, { headers: { cookie } });
    if (!first.ok) throw new Error(`The roadmap answered ${first.status}: ${(await first.text()).slice(0, 300)}`);
    const body = (await first.json()) as { initiatives: unknown[]; dependencies: unknown[] };
    for (let i = 1; i < 5; i += 1) await (await fetch(url, { headers: { cookie } })).arrayBuffer();
    const result = await load(() => fetch(url, { headers: { cookie } }), { total: 60, concurrency: 2 });
    if (result.failures > 0) throw new Error(`${result.failures} roadmap reads failed during the benchmark.`);
    const baseP95 = p95Of(baseline);
    return [
      `bench roadmap setup-postgres: ${body.initiatives.length} initiatives, ${dependencies} dependencies (${body.dependencies.length} in the response)`,
      `bench roadmap: ${result.p95.toFixed(1)} ms p95 | limit 300 ms (postgres, median ${result.p50.toFixed(1)} ms, ${result.requests} reads, 2 clients; bare rows read ${baseP95.toFixed(1)} ms p95, ratio ${(result.p95 / baseP95).toFixed(1)}x the bare read)`,
    ];
  } finally {
    await server.stop();
  }
}
