import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../platform/db/client.js';
import { signUpOrganisation, type SignedUpOrg, type TestApp } from '../../testing/harness.js';

/** Test helpers for the imports module: an organisation with a workforce and a strategy, and the API calls. */
export const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name));
export const csv = (rows: string[][], eol = '\r\n') => Buffer.from(stringify(rows, { record_delimiter: eol === '\r\n' ? 'windows' : 'unix' }));

export async function prepareOrganisation(org: SignedUpOrg) {
  const base = `/api/v1/orgs/${org.organisationId}`;
  await org.admin.get(`${base}/workforce`);
  for (const [kind, name] of [['division', 'Surgery'], ['division', 'Medicine'], ['site', 'Royal Infirmary'], ['site', 'General Hospital']]) {
    const unit = await org.admin.post(`${base}/workforce/units`, { kind, name });
    if (unit.statusCode !== 201) throw new Error(`Could not add ${name}: ${unit.body}`);
  }
  const strategy = await org.admin.post(`${base}/strategies`, { name: 'Digital Strategy 2026–2029', startYear: 2026, endYear: 2029 });
  return strategy.json().id as string;
}

/** A new organisation with a workforce and a strategy, and the import calls as its admin. */
export async function importingOrganisation(app: TestApp['app']) {
  const org = await signUpOrganisation(app);
  const strategyId = await prepareOrganisation(org);
  return { org, strategyId, ...importCalls(org, strategyId) };
}

export function importCalls(org: SignedUpOrg, strategyId: string) {
  const body = (fileName: string, bytes: Uint8Array, options: object) => ({ fileName, content: Buffer.from(bytes).toString('base64'), ...options });
  return {
    preview: (fileName: string, bytes: Uint8Array, options: object = {}) => org.admin.post(`/api/v1/strategies/${strategyId}/imports/preview`, body(fileName, bytes, options)),
    commit: (fileName: string, bytes: Uint8Array, options: object = {}) => org.admin.post(`/api/v1/strategies/${strategyId}/imports`, body(fileName, bytes, options)),
  };
}

/** Row counts of everything an import writes, to prove a refused import changed nothing. */
export async function footprint(database: Database, organisationId: string) {
  const [row] = await database.query<Record<string, number>>(`
    SELECT
      (SELECT count(*) FROM surveys WHERE organisation_id = $1)::int AS surveys,
      (SELECT count(*) FROM survey_questions q JOIN surveys s ON s.id = q.survey_id WHERE s.organisation_id = $1)::int AS questions,
      (SELECT count(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.organisation_id = $1)::int AS responses,
      (SELECT count(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id CROSS JOIN LATERAL jsonb_each(r.answers) WHERE s.organisation_id = $1)::int AS answers,
      (SELECT coalesce(sum(c.count), 0) FROM survey_answer_counts c JOIN surveys s ON s.id = c.survey_id WHERE s.organisation_id = $1)::int AS counted,
      (SELECT count(*) FROM imports WHERE organisation_id = $1)::int AS imports,
      (SELECT count(*) FROM import_uploads WHERE organisation_id = $1)::int AS uploads,
      (SELECT count(*) FROM audit_events WHERE organisation_id = $1)::int AS audit`, [organisationId]);
  return row!;
}

/**
 * The running counts a survey should have if every response had been recorded one by one,
 * worked out from the stored answers and responses (independently of the import's own tally).
 */
export async function countsCheck(database: Database, surveyId: string) {
  // Each answer's JSON taken apart by shape: a key, a number, a list (ranked or not), a row → level map.
  const expected = await database.query(`
    WITH a AS (
      SELECT e.key AS q, e.value AS v, qu.type, r.staff_group_id::text AS g, r.division_id::text AS d, r.site_id::text AS s
      FROM survey_responses r CROSS JOIN LATERAL jsonb_each(r.answers) e JOIN survey_questions qu ON qu.id::text = e.key
      WHERE r.survey_id = $1
    ), elements AS (
      SELECT q, v #>> '{}' AS item, '1' AS value, g, d, s FROM a WHERE jsonb_typeof(v) = 'string' AND type NOT IN ('short_text', 'long_text')
      UNION ALL SELECT q, '', v::text, g, d, s FROM a WHERE jsonb_typeof(v) = 'number'
      UNION ALL SELECT q, x.item, CASE WHEN type = 'ranking' THEN x.n::text ELSE '1' END, g, d, s
        FROM a CROSS JOIN LATERAL jsonb_array_elements_text(v) WITH ORDINALITY x(item, n) WHERE jsonb_typeof(v) = 'array'
      UNION ALL SELECT q, o.key, o.value::text, g, d, s FROM a CROSS JOIN LATERAL jsonb_each(v) o WHERE jsonb_typeof(v) = 'object'
    )
    SELECT q, item, value, g, d, s, count(*)::int AS n FROM elements GROUP BY 1, 2, 3, 4, 5, 6
    UNION ALL
    SELECT $2::text, '', 'respondents', r.staff_group_id::text, r.division_id::text, r.site_id::text, count(*)::int
    FROM survey_responses r WHERE r.survey_id = $1 GROUP BY 4, 5, 6`, [surveyId, surveyId]);
  const stored = await database.query(`
    SELECT question_id::text AS q, item, value, staff_group_id::text AS g, division_id::text AS d, site_id::text AS s, count AS n
    FROM survey_answer_counts WHERE survey_id = $1`, [surveyId]);
  const key = (r: Record<string, unknown>) => `${r.q}|${r.item}|${r.value}|${r.g}|${r.d}|${r.s}|${r.n}`;
  return { expected: expected.map(key).sort(), stored: stored.map(key).sort() };
}
