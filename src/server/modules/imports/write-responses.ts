import { sql } from 'drizzle-orm';
import type { RawConnection } from '../../platform/db/client.js';
import { RESPONSE_COLUMNS, type EncodedTotals, type ResponseChunk } from './encode-responses.js';

/**
 * Copies the encoded responses in the import's transaction, then adds their counts to the
 * survey's running counts. On a server the database takes in one chunk while the next is
 * encoded (in the worker thread, or here between copies).
 */
export async function writeResponses(
  conn: RawConnection,
  surveyId: string,
  encoded: AsyncIterable<ResponseChunk | EncodedTotals>,
  total: number,
  onProgress: (done: number, total: number) => Promise<void> | void,
): Promise<number> {
  let pending: Promise<unknown> | null = null;
  // A failure is caught at once (a rejection left unhandled would end the process) and thrown
  // when awaited.
  const settle = async () => {
    const failure = await pending;
    if (failure) throw failure;
  };
  let done = 0;
  let totals: EncodedTotals | null = null;
  for await (const part of encoded) {
    if (part.kind === 'totals') {
      totals = part;
      continue;
    }
    await settle();
    await onProgress(done, total);
    pending = conn.copyFrom('survey_responses', RESPONSE_COLUMNS, [part.text]).then(() => null, (error: unknown) => error);
    done += part.rows;
    // PGlite works on this thread, and awaiting it only ever yields to microtasks: let the
    // event loop turn between chunks so the server is not silent for the whole import.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await settle();
  if (!totals || done !== total) throw new Error(`The import encoded ${done} of ${total} responses.`);
  await onProgress(total, total);
  await writeCounts(conn, surveyId, totals.counts);
  return totals.answers;
}

/**
 * An array parameter sent as one PostgreSQL array literal (cast back with `::text::uuid[]` etc.):
 * PGlite serialises a long JS array element by element, which costs more than the insert.
 */
const element = (value: string | number | null) =>
  value === null ? 'NULL' : typeof value === 'number' ? String(value) : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const param = (value: (string | number | null)[]) => sql.param(`{${value.map(element).join(',')}}`);

/** Adds the tallies to the survey's running counts (an existing survey may already have some). */
async function writeCounts(conn: RawConnection, surveyId: string, counts: [string, number][]): Promise<void> {
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
