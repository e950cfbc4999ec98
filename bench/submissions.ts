import { randomBytes } from 'node:crypto';
import type { Answers, SurveyDefinition } from '../src/shared/contracts/survey-definition.js';
import { setOpenLink } from '../src/server/modules/respond/index.js';
import { loadProfileChoices } from '../src/server/modules/workforce/index.js';
import { openDatabase } from '../src/server/platform/db/client.js';
import { startServerProcess } from '../src/server/testing/processes.js';
import { benchSurvey, openBenchInstance } from './fixtures.js';
import { benchLine, load } from './load.js';

/** A complete, valid set of answers to the Digital experience template, varied by `n`. */
function answersFor(definition: SurveyDefinition, profile: Awaited<ReturnType<typeof loadProfileChoices>>, n: number): Answers {
  const answers: Answers = {};
  for (const q of definition.questions) {
    if (q.showIf) continue;
    switch (q.type) {
      case 'profile': {
        const choices = profile[q.dimension!];
        answers[q.id] = choices.length ? choices[n % choices.length]!.key : 'prefer_not_to_say';
        break;
      }
      case 'single_choice':
        answers[q.id] = q.options[n % q.options.length]!.key;
        break;
      case 'multiple_choice':
        answers[q.id] = [q.options[n % q.options.length]!.key];
        break;
      case 'ranking':
        answers[q.id] = q.options.map((o) => o.key);
        break;
      case 'matrix':
        answers[q.id] = Object.fromEntries(q.rows.map((r, i) => [r.key, 1 + ((n + i) % 5)]));
        break;
      case 'systems': {
        // The one or two register systems this respondent uses, each with a support level.
        const used = [q.options[n % q.options.length]!, q.options[(n + 1) % q.options.length]!];
        answers[q.id] = Object.fromEntries(used.map((o, i) => [o.key, 1 + ((n + i) % 5)]));
        break;
      }
      case 'rating':
        answers[q.id] = n % 11;
        break;
      case 'likert':
        answers[q.id] = 1 + (n % 5);
        break;
      default:
        answers[q.id] = `Submission ${n}: the Wi-Fi on the ward drops during the medicines round.`;
    }
  }
  return answers;
}

/**
 * Submissions: 5,000 staff send the final page of the open link through one address with
 * 100 connections at once; every one must be accepted. Printed beside the same server's
 * /healthz rate from the same run.
 */
export async function benchSubmissions(target: { databaseUrl?: string; dataDir?: string }, kind: string): Promise<string[]> {
  const { ctx, actor, strategyId, organisationId } = await openBenchInstance(target);
  const { surveyId, definition } = await benchSurvey(ctx, actor, strategyId);
  const survey = await setOpenLink(ctx, actor, surveyId, true);
  const profile = await loadProfileChoices(ctx.db, organisationId);
  await ctx.jobs.stop();
  await ctx.database.close();

  const env: Record<string, string> = { CHORUS_DEMO: '0' };
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  else env.CHORUS_DATA_DIR = target.dataDir!;
  const server = await startServerProcess(env);
  try {
    const total = 5000;
    const health = await load(() => fetch(`${server.url}/healthz`), { total: 3000, concurrency: 100 });
    let n = 0;
    const submit = () => {
      n += 1;
      const state = Buffer.from(JSON.stringify({ answers: answersFor(definition, profile, n) })).toString('base64url');
      const body = new URLSearchParams({ state, idempotencyKey: randomBytes(18).toString('base64url') });
      return fetch(`${server.url}/s/${survey.openLinkSlug}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
        redirect: 'manual',
      });
    };
    const result = await load(async () => {
      const response = await submit();
      // Only a stored response is answered with a redirect to the confirmation page: a page
      // (200) means the answers were refused and shown again, which is a failure here.
      const stored = response.status === 303 && response.headers.get('location')?.endsWith('/done');
      return new Response(null, { status: stored ? 200 : 500 });
    }, { total, concurrency: 100 });
    const check = await fetch(`${server.url}/healthz`);
    if (!check.ok) throw new Error('The server was unhealthy after the submissions.');
    if (result.failures > 0) throw new Error(`${result.failures} of ${total} submissions were not accepted.`);
    await server.stop();
    // Counted in the database too, so "accepted" means stored.
    const reopened = await openDatabase(target.databaseUrl ? { databaseUrl: target.databaseUrl } : { dataDir: target.dataDir! });
    const [stored] = await reopened.query<{ n: number }>(`SELECT count(*)::int AS n FROM survey_responses WHERE survey_id = $1`, [surveyId]);
    await reopened.close();
    if (stored!.n !== total) throw new Error(`${total} submissions were answered as stored, but the survey has ${stored!.n} responses.`);
    return [
      benchLine(`submissions-${kind}`, result.perSecond, 'responses/s', { name: `healthz-${kind}`, value: health.perSecond, unit: 'req/s' }),
      `bench submissions-${kind}-p99: ${result.p99.toFixed(1)} ms p99 | accepted ${total} of ${total} through one address with 100 connections`,
    ];
  } finally {
    await server.stop();
  }
}
