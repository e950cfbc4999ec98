import { startServerProcess } from '../src/server/testing/processes.js';
import { benchSurvey, openBenchInstance, signInDemoAdmin } from './fixtures.js';
import { generateResponses } from './generate-responses.js';

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0;
}

async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

/**
 * Results at scale: a survey of `n` responses on PostgreSQL; the per-question results page
 * (with and without filters and comparisons) and the coverage page, p95 over repeated calls.
 */
export async function benchResults(databaseUrl: string, n: number): Promise<string[]> {
  const { ctx, actor, strategyId, organisationId } = await openBenchInstance({ databaseUrl });
  const { surveyId, definition } = await benchSurvey(ctx, actor, strategyId);
  const started = performance.now();
  await generateResponses(ctx, organisationId, surveyId, definition, n);
  console.error(`  generated ${n.toLocaleString('en-GB')} responses in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const profile = await ctx.database.query<{ id: string; kind: string }>(
    `SELECT id::text, 'staff_group' AS kind FROM staff_groups WHERE organisation_id = $1 UNION ALL SELECT id::text, kind FROM org_units WHERE organisation_id = $1 AND kind <> 'department'`,
    [organisationId],
  );
  await ctx.jobs.stop();
  await ctx.database.close();

  const server = await startServerProcess({ DATABASE_URL: databaseUrl, CHORUS_DEMO: '0', CHORUS_RATE_LIMIT: '1000000' });
  try {
    const cookie = await signInDemoAdmin(server.url);
    const filters = [
      '',
      '?compareBy=staff_group',
      `?staffGroup=${profile.find((p) => p.kind === 'staff_group')!.id}`,
      `?division=${profile.find((p) => p.kind === 'division')!.id}&compareBy=site`,
    ];
    const questionSamples: number[] = [];
    // One warm-up pass, then the measured passes.
    for (let pass = 0; pass < 4; pass += 1) {
      for (const [i, question] of definition.questions.entries()) {
        const ms = await timed(`${server.url}/api/v1/surveys/${surveyId}/results/${question.id}${filters[(i + pass) % filters.length]}`, cookie);
        if (pass > 0) questionSamples.push(ms);
      }
    }
    const coverageSamples: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      const ms = await timed(`${server.url}/api/v1/surveys/${surveyId}/coverage?targetRate=0.${(i % 5) + 2}`, cookie);
      if (i > 0) coverageSamples.push(ms);
    }
    const label = n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1000}k`;
    return [
      `bench results-question-${label}-postgres: ${p95(questionSamples).toFixed(1)} ms p95 | limit 300 ms`,
      `bench coverage-${label}-postgres: ${p95(coverageSamples).toFixed(1)} ms p95 | limit 300 ms`,
    ];
  } finally {
    await server.stop();
  }
}
