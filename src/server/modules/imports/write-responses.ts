import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Answers, AnswerValue, ProfileChoices, QuestionDefinition, SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import type { RawConnection } from '../../platform/db/client.js';
import { copyValue as v } from '../../platform/db/copy-text.js';
import { flattenAnswers, respondentTally, segmentOf, type Segment } from '../responses/index.js';
import type { ImportPlan } from './plan.js';
import type { ConvertedRow } from './prepare.js';

/**
 * Responses per COPY: large enough that the statements cost nothing, small enough that the text
 * (about 4 MB for a 20-column survey) and progress reports stay modest.
 */
const CHUNK_ROWS = 10_000;
const RESPONSE_COLUMNS = ['id', 'survey_id', 'submitted_on', 'idempotency_key', 'staff_group_id', 'division_id', 'site_id', 'source', 'import_id', 'answers'];
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Responses, each carrying its answers as JSON, with COPY in the import's transaction; counts
 * built in memory with the same keys as flattenAnswers/segmentOf/respondentTally and written
 * once at the end. Returns the number of answer elements (what the running counts and quote
 * lists see), as the import report gives it.
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
  const encode = answerEncoder(plan.definition);
  const segmentKeyOf = segmenter(plan.definition, profile);
  // Per segment cell, then per counted key: the long cell key is looked up once a response
  // rather than once for each of its ~20 counted answers.
  const cells = new Map<string, Map<string, number>>();
  const tally = respondentTally(surveyId);
  const tallyKey = `${tally.questionId}\u0001${tally.item}\u0001${tally.value}`;
  const day = today();
  let answerCount = 0;
  // Random (v4), like every response id: quote lists are ordered by it, so it must say nothing
  // about the file's order. Written in id order, the indexes on id are filled in one sweep
  // instead of at random places.
  const ids = rows.map(() => randomUUID());
  const order = rows.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  // On a server, the database takes in one chunk while the next is built here. A failure is
  // caught at once (a rejection left unhandled would end the process) and thrown when awaited.
  let pending: Promise<unknown> | null = null;
  const settle = async () => {
    const failure = await pending;
    if (failure) throw failure;
  };
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const responses: string[] = [];
    const end = Math.min(start + CHUNK_ROWS, rows.length);
    for (let o = start; o < end; o += 1) {
      const i = order[o]!;
      const row = rows[i]!;
      const { segment, cellKey } = segmentKeyOf(row.answers);
      let cell = cells.get(cellKey);
      if (!cell) cells.set(cellKey, (cell = new Map()));
      const fragments: string[] = [];
      for (const [questionId, value] of Object.entries(row.answers)) {
        if (value === undefined) continue;
        const encoded = encode(questionId, value);
        fragments.push(encoded.json);
        answerCount += encoded.elements;
        for (const key of encoded.counts) cell.set(key, (cell.get(key) ?? 0) + 1);
      }
      cell.set(tallyKey, (cell.get(tallyKey) ?? 0) + 1);
      responses.push(`${ids[i]}\t${surveyId}\t${row.submittedOn ?? day}\t\\N\t${v(segment.staffGroupId)}\t${v(segment.divisionId)}\t${v(segment.siteId)}\timport\t${importId}\t${v(`{${fragments.join(',')}}`)}\n`);
    }
    await settle();
    pending = conn.copyFrom('survey_responses', RESPONSE_COLUMNS, [responses.join('')]).then(() => null, (error: unknown) => error);
    await onProgress(start, rows.length);
  }
  await settle();
  await onProgress(rows.length, rows.length);
  const counts = new Map<string, number>();
  for (const [cellKey, cell] of cells) for (const [key, n] of cell) counts.set(`${key}\u0001${cellKey}`, n);
  await writeCounts(conn, surveyId, counts);
  return answerCount;
}

interface EncodedAnswer {
  /** `"question id":value`, as it goes into the response's JSON. */
  json: string;
  /** The running-count keys it adds to (question, item, value), as flattenAnswers gives them. */
  counts: string[];
  /** How many answer elements it is (what the import report counts). */
  elements: number;
}

/**
 * Each question's answers encoded once per different answer: a column of choices repeats a
 * handful of values over 100,000 rows, so the JSON and count keys are built a handful of times.
 * Free text is seldom repeated and is encoded each time, never kept.
 */
function answerEncoder(definition: SurveyDefinition) {
  const questions = new Map(definition.questions.map((q) => [q.id, { question: q, prefix: `${JSON.stringify(q.id)}:`, seen: new Map<string | number, EncodedAnswer>() }]));
  const encode = (question: QuestionDefinition, prefix: string, value: AnswerValue): EncodedAnswer => {
    const flat = flattenAnswers({ sections: definition.sections, questions: [question] }, { [question.id]: value });
    return {
      json: `${prefix}${JSON.stringify(value)}`,
      counts: flat.counts.map((c) => `${c.questionId}\u0001${c.item}\u0001${c.value}`),
      elements: flat.rows.length,
    };
  };
  return (questionId: string, value: AnswerValue): EncodedAnswer => {
    const entry = questions.get(questionId)!;
    // Free text is one listed element and never counted (as flattenAnswers has it).
    if (entry.question.type === 'short_text' || entry.question.type === 'long_text') return { json: `${entry.prefix}${JSON.stringify(value)}`, counts: [], elements: 1 };
    const key = typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value);
    let encoded = entry.seen.get(key);
    if (!encoded) entry.seen.set(key, (encoded = encode(entry.question, entry.prefix, value)));
    return encoded;
  };
}

/** segmentOf, worked out once per different set of profile answers, with its key for the counts. */
function segmenter(definition: SurveyDefinition, profile: ProfileChoices) {
  const profileQuestions = definition.questions.filter((q) => q.type === 'profile').map((q) => q.id);
  const seen = new Map<string, { segment: Segment; cellKey: string }>();
  return (answers: Answers) => {
    const key = profileQuestions.map((id) => String(answers[id] ?? '')).join('\u0001');
    let found = seen.get(key);
    if (!found) {
      const segment = segmentOf(definition, answers, profile);
      found = { segment, cellKey: `${segment.staffGroupId ?? ''}\u0001${segment.divisionId ?? ''}\u0001${segment.siteId ?? ''}` };
      seen.set(key, found);
    }
    return found;
  };
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
