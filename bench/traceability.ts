import type { Database } from '../src/server/platform/db/client.js';
import { startServerProcess } from '../src/server/testing/processes.js';
import { openBenchInstance, signInDemoAdmin } from './fixtures.js';
import { load } from './load.js';

const ITEMS = 200_000;
const INSIGHTS = 2_000;
const PRIORITIES = 50;
/** Each insight stands on 100 items, so 200,000 links; each priority answers 40 insights. */
const ITEMS_PER_INSIGHT = 100;
const INSIGHTS_PER_PRIORITY = 40;

const p95Of = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
};

/**
 * "Voices behind this priority" at the size of a large trust: 200,000 evidence items with division
 * and staff group, 2,000 insights and 50 priorities, built with set-based SQL; then one priority's
 * traceability view through the real HTTP route. The baseline is what the view would cost done
 * naively, measured in the same run: every evidence row of the priority's insights fetched to be
 * counted in the application.
 */
export async function benchTraceability(databaseUrl: string): Promise<string[]> {
  const { ctx, organisationId, strategyId } = await openBenchInstance({ databaseUrl });
  const db = ctx.database;
  await seedTraceabilityData(db, organisationId, strategyId);
  await db.query('ANALYZE');
  const priorityIds = (await db.query<{ id: string }>(`SELECT id FROM priorities WHERE strategy_id = $1 AND title LIKE 'Bench priority %' ORDER BY title`, [strategyId])).map((r) => r.id);
  // The naive baseline: every linked evidence row brought back to be counted, by two clients at once.
  const baseline: number[] = [];
  let next = 0;
  const baselineClient = async () => {
    while (next < 24) {
      const id = priorityIds[next++ % priorityIds.length]!;
      const started = performance.now();
      const rows = await db.query<{ source: string; division_id: string | null; staff_group_id: string | null }>(
        `SELECT DISTINCT e.id, e.source, e.division_id, e.staff_group_id FROM priority_insights p
           JOIN insight_evidence ie ON ie.insight_id = p.insight_id JOIN evidence_items e ON e.id = ie.evidence_item_id
          WHERE p.priority_id = $1`,
        [id],
      );
      const counts = new Map<string, number>();
      for (const row of rows) for (const k of [row.source, row.division_id ?? '-', row.staff_group_id ?? '-']) counts.set(k, (counts.get(k) ?? 0) + 1);
      baseline.push(performance.now() - started);
    }
  };
  await Promise.all([baselineClient(), baselineClient()]);
  await ctx.jobs.stop();
  await db.close();

  const server = await startServerProcess({ CHORUS_DEMO: '0', CHORUS_RATE_LIMIT: '1000000', DATABASE_URL: databaseUrl });
  try {
    const cookie = await signInDemoAdmin(server.url);
    let n = 0;
    const url = () => `${server.url}/api/v1/priorities/${priorityIds[n++ % priorityIds.length]}/voices`;
    const first = await fetch(url(), { headers: { cookie } });
    if (!first.ok) throw new Error(`The traceability view answered ${first.status}: ${(await first.text()).slice(0, 300)}`);
    const body = (await first.json()) as { total?: number; items?: number };
    for (let i = 1; i < 8; i += 1) await (await fetch(url(), { headers: { cookie } })).arrayBuffer();
    const result = await load(() => fetch(url(), { headers: { cookie } }), { total: 100, concurrency: 2 });
    if (result.failures > 0) throw new Error(`${result.failures} traceability views failed during the benchmark.`);
    const baseP95 = p95Of(baseline);
    return [
      `bench traceability setup-postgres: ${ITEMS} evidence items, ${INSIGHTS} insights, ${PRIORITIES} priorities of ${INSIGHTS_PER_PRIORITY} insights; the first priority's view counts ${body.total ?? body.items ?? '?'} items`,
      `bench traceability: ${result.p95.toFixed(1)} ms p95 | limit 300 ms (postgres, median ${result.p50.toFixed(1)} ms, ${result.requests} views of ${priorityIds.length} priorities, 2 clients; rows-counted-in-the-app baseline ${baseP95.toFixed(1)} ms p95, ratio ${(baseP95 / result.p95).toFixed(1)}x)`,
    ];
  } finally {
    await server.stop();
  }
}

/** 200,000 evidence items, 2,000 insights on runs of them, 50 priorities of 40 insights each. */
export async function seedTraceabilityData(db: Database, organisationId: string, strategyId: string): Promise<void> {
  await db.query(
    `WITH divisions AS (SELECT array_agg(id) AS ids FROM org_units WHERE organisation_id = $1 AND kind = 'division'),
          groups AS (SELECT array_agg(id) AS ids FROM staff_groups WHERE organisation_id = $1),
          survey AS (SELECT id FROM surveys WHERE organisation_id = $1 ORDER BY created_at LIMIT 1)
     INSERT INTO evidence_items (organisation_id, strategy_id, source, text, said_on, survey_id, division_id, staff_group_id, analysed_at)
     SELECT $1, $2, (ARRAY['survey_answer','system_comment','interview_excerpt','sticky_note'])[1 + g % 4],
       'Bench voice ' || g, DATE '2025-01-01' + (g % 400),
       CASE WHEN g % 4 = 0 THEN (SELECT id FROM survey) END,
       CASE WHEN g % 4 = 0 THEN divisions.ids[1 + abs(hashint4(g + 5)) % cardinality(divisions.ids)] END,
       CASE WHEN g % 4 = 0 THEN groups.ids[1 + abs(hashint4(g + 6)) % cardinality(groups.ids)] END,
       now()
     FROM generate_series(1, ${ITEMS}) g, divisions, groups`,
    [organisationId, strategyId],
  );
  await db.query(
    `INSERT INTO insights (organisation_id, strategy_id, statement, status)
     SELECT $1, $2, 'Bench insight ' || g, 'agreed' FROM generate_series(1, ${INSIGHTS}) g`,
    [organisationId, strategyId],
  );
  // Insight n stands on a run of items starting at a scattered offset, so priorities overlap a little.
  await db.query(
    `WITH i AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM insights WHERE strategy_id = $1 AND statement LIKE 'Bench insight %'),
          e AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM evidence_items WHERE strategy_id = $1 AND text LIKE 'Bench voice %')
     INSERT INTO insight_evidence (insight_id, evidence_item_id)
     SELECT i.id, e.id FROM i JOIN e ON e.n BETWEEN ((i.n * 7919) % ${ITEMS}) + 1 AND ((i.n * 7919) % ${ITEMS}) + ${ITEMS_PER_INSIGHT}
     ON CONFLICT DO NOTHING`,
    [strategyId],
  );
  await db.query(
    `INSERT INTO priorities (organisation_id, strategy_id, title, position)
     SELECT $1, $2, 'Bench priority ' || g, 100 + g FROM generate_series(1, ${PRIORITIES}) g`,
    [organisationId, strategyId],
  );
  await db.query(
    `WITH p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM priorities WHERE strategy_id = $1 AND title LIKE 'Bench priority %'),
          i AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM insights WHERE strategy_id = $1 AND statement LIKE 'Bench insight %')
     INSERT INTO priority_insights (priority_id, insight_id)
     SELECT p.id, i.id FROM p JOIN i ON i.n BETWEEN (p.n - 1) * ${INSIGHTS_PER_PRIORITY} + 1 AND p.n * ${INSIGHTS_PER_PRIORITY}`,
    [strategyId],
  );
}
