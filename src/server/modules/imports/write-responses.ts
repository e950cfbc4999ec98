import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { ProfileChoices } from '../../../shared/contracts/survey-definition.js';
import type { RawConnection } from '../../platform/db/client.js';
import { copyValue as v } from '../../platform/db/copy-text.js';
import { flattenAnswers, respondentTally, segmentOf } from '../responses/index.js';
import type { ImportPlan } from './plan.js';
import type { ConvertedRow } from './prepare.js';

/**
 * Responses per COPY. Each chunk is two COPY statements (responses, then their answers) built
 * as text in memory: large enough that the statements cost nothing, small enough that the text
 * (about 15 MB for a 20-column survey) and progress reports stay modest.
 */
const CHUNK_ROWS = 10_000;
const RESPONSE_COLUMNS = ['id', 'survey_id', 'submitted_on', 'idempotency_key', 'staff_group_id', 'division_id', 'site_id', 'source', 'import_id'];
const ANSWER_COLUMNS = ['response_id', 'question_id', 'item', 'number', 'text'];
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Responses and answers with COPY in the import's transaction (ids made here, so the answers
 * need no round trip to learn them); counts built in memory with the same keys as
 * flattenAnswers/segmentOf/respondentTally and written once at the end. Returns the answer count.
 */
export async function writeResponses(
  conn: RawConnection,
  target: { surveyId: string; importId: string },
  plan: ImportPlan,
  profile: ProfileChoices,
  rows: ConvertedRow[],
  onProgress: (done: number, total: number) => Promise<void> | void,
): Promise<number> {
  const { surveyId, importId } = target;
  const counts = new Map<string, number>();
  const tally = respondentTally(surveyId);
  const day = today();
  let answerCount = 0;
  // Random (v4), like every response id: quote lists are ordered by it, so it must say nothing
  // about the file's order. Written in id order, the indexes on response_id are filled in one
  // sweep instead of at random places (measured on PostgreSQL: 23 s instead of 64 s for 1.9 million
  // answers once the indexes outgrow shared buffers).
  const ids = rows.map(() => randomUUID());
  const order = rows.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const responses: string[] = [];
    const answers: string[] = [];
    const end = Math.min(start + CHUNK_ROWS, rows.length);
    for (const i of order.slice(start, end)) {
      const row = rows[i]!;
      const id = ids[i]!;
      const segment = segmentOf(plan.definition, row.answers, profile);
      responses.push(`${id}\t${surveyId}\t${row.submittedOn ?? day}\timport:${importId}:${i}\t${v(segment.staffGroupId)}\t${v(segment.divisionId)}\t${v(segment.siteId)}\timport\t${importId}\n`);
      const flat = flattenAnswers(plan.definition, row.answers);
      for (const answer of flat.rows) {
        answers.push(`${id}\t${answer.questionId}\t${v(answer.item)}\t${v(answer.number)}\t${v(answer.text)}\n`);
      }
      const cell = `${segment.staffGroupId ?? ''}\u0001${segment.divisionId ?? ''}\u0001${segment.siteId ?? ''}`;
      for (const c of [...flat.counts, tally]) {
        const key = `${c.questionId}\u0001${c.item}\u0001${c.value}\u0001${cell}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    await conn.copyFrom('survey_responses', RESPONSE_COLUMNS, [responses.join('')]);
    if (answers.length > 0) await conn.copyFrom('survey_answers', ANSWER_COLUMNS, [answers.join('')]);
    answerCount += answers.length;
    await onProgress(end, rows.length);
  }
  await writeCounts(conn, surveyId, counts);
  return answerCount;
}

/**
 * An array parameter sent as one PostgreSQL array literal (cast back with `::text::uuid[]` etc.):
 * PGlite serialises a long JS array element by element, which costs more than the insert.
 */
const element = (value: string | number | null) =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const param = (value: (string | number | null)[]) => sql.param(`{${value.map(element).join(',')}}`);

/** Adds the tallies to the survey's running counts (an existing survey may already have some). */
async function writeCounts(conn: RawConnection, surveyId: string, counts: Map<string, number>): Promise<void> {
  const entries = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let start = 0; start < entries.length; start += 5000) {
    const c = { question: [] as string[], item: [] as string[], value: [] as string[], group: [] as (string | null)[], division: [] as (string | null)[], site: [] as (string | null)[], count: [] as number[] };
    for (const [key, count] of entries.slice(start, start + 5000)) {
      const [question, item, value, group, division, site] = key.split('\u0001') as [string, string, string, string, string, string];
      c.question.push(question);
      c.item.push(item);
      c.value.push(value);
      c.group.push(group || null);
      c.division.push(division || null);
      c.site.push(site || null);
      c.count.push(count);
    }
    await conn.db.execute(sql`
      INSERT INTO survey_answer_counts (survey_id, question_id, item, value, staff_group_id, division_id, site_id, count)
      SELECT ${surveyId}::uuid, * FROM unnest(${param(c.question)}::text::uuid[], ${param(c.item)}::text::text[], ${param(c.value)}::text::text[], ${param(c.group)}::text::uuid[], ${param(c.division)}::text::uuid[], ${param(c.site)}::text::uuid[], ${param(c.count)}::text::int[])
      ON CONFLICT (question_id, item, value, staff_group_id, division_id, site_id)
      DO UPDATE SET count = survey_answer_counts.count + excluded.count`);
  }
}
