import { eq } from 'drizzle-orm';
import type { SurveyDefinition } from '../src/shared/contracts/survey-definition.js';
import { orgUnits, staffGroups } from '../src/server/modules/workforce/index.js';
import type { AppContext } from '../src/server/platform/module.js';

const literal = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::text[]`;

/**
 * Writes `n` responses straight into the tables with set-based SQL, then the running counts
 * exactly as recordResponse keeps them (same keys), so results are read from a realistic
 * database of that size. Segments are skewed on purpose: a few big groups, several small ones,
 * and a share who did not say.
 */
export async function generateResponses(ctx: AppContext, organisationId: string, surveyId: string, definition: SurveyDefinition, n: number): Promise<void> {
  const groups = (await ctx.db.select().from(staffGroups).where(eq(staffGroups.organisationId, organisationId))).map((g) => g.id);
  const units = await ctx.db.select().from(orgUnits).where(eq(orgUnits.organisationId, organisationId));
  const divisions = units.filter((u) => u.kind === 'division').map((u) => u.id);
  const sites = units.filter((u) => u.kind === 'site').map((u) => u.id);
  // h is a well-mixed hash of the response number; the squares skew the picks toward index 1.
  const pick = (array: string, size: number, salt: number) =>
    `CASE WHEN (abs(hashint4(i + ${salt})) % 20) = 0 THEN NULL ELSE (${array})[1 + floor(${size} * power((abs(hashint4(i * ${salt + 3})) % 1000) / 1000.0, 2))::int] END`;
  const sql = ctx.database;
  await sql.exec(`
    INSERT INTO survey_responses (id, survey_id, submitted_on, idempotency_key, staff_group_id, division_id, site_id, source)
    SELECT gen_random_uuid(), '${surveyId}', date '2026-11-01' + (i % 20), 'bench-' || i,
      (${pick(literal(groups), groups.length, 11)})::uuid,
      (${pick(literal(divisions), divisions.length, 17)})::uuid,
      (${pick(literal(sites), sites.length, 23)})::uuid,
      'web'
    FROM generate_series(1, ${n}) AS i;
  `);
  // Each response's hash drives its answers; row_number gives every response a stable number.
  await sql.exec(`
    CREATE TEMP TABLE bench_responses AS
    SELECT id, staff_group_id, division_id, site_id, abs(hashint4((row_number() OVER ())::int)) AS h
    FROM survey_responses WHERE survey_id = '${surveyId}';
    CREATE TEMP TABLE bench_answers (response_id uuid, question_id uuid, item text, number int, text text);
  `);
  for (const q of definition.questions) {
    const keys = q.options.map((o) => o.key);
    const insert = (select: string) => sql.exec(`INSERT INTO bench_answers (response_id, question_id, item, number, text) ${select}`);
    switch (q.type) {
      case 'profile': {
        const column = q.dimension === 'staff_group' ? 'staff_group_id' : q.dimension === 'division' ? 'division_id' : 'site_id';
        await insert(`SELECT id, '${q.id}', COALESCE(${column}::text, 'prefer_not_to_say'), NULL, NULL FROM bench_responses`);
        break;
      }
      case 'single_choice':
        await insert(`SELECT id, '${q.id}', (${literal(keys)})[1 + h % ${keys.length}], NULL, NULL FROM bench_responses WHERE h % 17 <> 0`);
        break;
      case 'multiple_choice':
        for (const [k, key] of keys.entries()) {
          await insert(`SELECT id, '${q.id}', '${key}', NULL, NULL FROM bench_responses WHERE (h >> ${k % 24}) & 3 = 1`);
        }
        break;
      case 'ranking':
        for (const [k, key] of keys.entries()) {
          await insert(`SELECT id, '${q.id}', '${key}', 1 + ((h + ${k}) % ${keys.length}), NULL FROM bench_responses WHERE h % 5 <> 0`);
        }
        break;
      case 'likert':
        await insert(`SELECT id, '${q.id}', '', 1 + (h >> 3) % 5, NULL FROM bench_responses`);
        break;
      case 'rating':
        await insert(`SELECT id, '${q.id}', '', (h >> 5) % 11, NULL FROM bench_responses WHERE h % 13 <> 0`);
        break;
      case 'matrix':
        for (const [k, row] of q.rows.entries()) {
          await insert(`SELECT id, '${q.id}', '${row.key}', 1 + ((h >> ${k + 2}) % 5), NULL FROM bench_responses`);
        }
        break;
      case 'short_text':
      case 'long_text':
        await insert(`SELECT id, '${q.id}', '', NULL, 'Comment number ' || (h % 100000) || ' about logging in, rostering and the EPR.' FROM bench_responses WHERE h % 5 = 0`);
        break;
    }
  }
  // Each response's answers as recordResponse stores them (JSON by question id), by type.
  const types = new Map(definition.questions.map((q) => [q.id, q.type]));
  const shape = (type: string | undefined) =>
    type === 'multiple_choice' ? 'jsonb_agg(a.item)'
      : type === 'ranking' ? 'jsonb_agg(a.item ORDER BY a.number)'
        : type === 'matrix' ? 'jsonb_object_agg(a.item, a.number)'
          : type === 'likert' || type === 'rating' ? 'to_jsonb(min(a.number))'
            : type === 'short_text' || type === 'long_text' ? 'to_jsonb(min(a.text))' : 'to_jsonb(min(a.item))';
  const cases = [...types].map(([id, type]) => `WHEN '${id}' THEN ${shape(type)}`).join(' ');
  await sql.exec(`
    UPDATE survey_responses r SET answers = x.answers
    FROM (
      SELECT response_id, jsonb_object_agg(question_id::text, value) AS answers
      FROM (SELECT a.response_id, a.question_id, CASE a.question_id::text ${cases} END AS value
            FROM bench_answers a GROUP BY a.response_id, a.question_id) per_question
      GROUP BY response_id
    ) x
    WHERE r.id = x.response_id;
  `);
  // The running counts, with the keys flattenAnswers, segmentOf and respondentTally use.
  await sql.exec(`
    INSERT INTO survey_answer_counts (survey_id, question_id, item, value, staff_group_id, division_id, site_id, count)
    SELECT '${surveyId}', a.question_id, a.item, COALESCE(a.number::text, '1'), r.staff_group_id, r.division_id, r.site_id, count(*)
    FROM bench_answers a JOIN bench_responses r ON r.id = a.response_id
    WHERE a.text IS NULL
    GROUP BY a.question_id, a.item, COALESCE(a.number::text, '1'), r.staff_group_id, r.division_id, r.site_id;
    INSERT INTO survey_answer_counts (survey_id, question_id, item, value, staff_group_id, division_id, site_id, count)
    SELECT '${surveyId}', '${surveyId}', '', 'respondents', staff_group_id, division_id, site_id, count(*)
    FROM bench_responses GROUP BY staff_group_id, division_id, site_id;
    DROP TABLE bench_responses; DROP TABLE bench_answers;
    ANALYZE survey_answer_counts;
  `);
  // The UPDATE above left a dead copy of every response: clear it, as autovacuum would.
  await sql.exec('VACUUM ANALYZE survey_responses');
}
