import { randomUUID } from 'node:crypto';
import type { Answers, AnswerValue, ProfileChoices, QuestionDefinition, SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import { copyValue as v } from '../../platform/db/copy-text.js';
import { flattenAnswers, respondentTally, segmentOf, type Segment } from '../responses/index.js';
import type { ConvertedRow } from './prepare.js';

/**
 * Converted rows → survey_responses rows in COPY text, chunk by chunk, and the running counts
 * they add, with the same keys as flattenAnswers/segmentOf/respondentTally. Pure: it runs in the
 * import's worker thread for a large file (so the server keeps answering while it works) and
 * in-process for a small one, and the database side only copies what it is given.
 */
export const RESPONSE_COLUMNS = ['id', 'survey_id', 'submitted_on', 'idempotency_key', 'staff_group_id', 'division_id', 'site_id', 'source', 'import_id', 'answers'];

/**
 * Responses per COPY: large enough that the statements cost nothing, small enough that the text
 * (about 10 MB for a 20-column survey) and progress reports stay modest.
 */
export const CHUNK_ROWS = 10_000;

export interface EncodeTarget {
  surveyId: string;
  importId: string;
  /** The day recorded for a row the file gives no completion date for (YYYY-MM-DD). */
  day: string;
}

export interface ResponseChunk {
  kind: 'chunk';
  text: string;
  rows: number;
}

/** The last part, after every chunk. */
export interface EncodedTotals {
  kind: 'totals';
  /** (question, item, value, staff group, division, site) joined by \u0001 → how many. */
  counts: [string, number][];
  /** Answer elements (what the running counts and quote lists see), as the import report gives it. */
  answers: number;
}

export function* encodeResponses(
  definition: SurveyDefinition,
  profile: ProfileChoices,
  rows: ConvertedRow[],
  target: EncodeTarget,
): Generator<ResponseChunk | EncodedTotals> {
  const { surveyId, importId, day } = target;
  const encode = answerEncoder(definition);
  const segmentKeyOf = segmenter(definition, profile);
  // Per segment cell, then per counted key: the long cell key is looked up once a response
  // rather than once for each of its ~20 counted answers.
  const cells = new Map<string, Map<string, number>>();
  const tally = respondentTally(surveyId);
  const tallyKey = `${tally.questionId}\u0001${tally.item}\u0001${tally.value}`;
  let answerCount = 0;
  // Random (v4), like every response id: quote lists are ordered by it, so it must say nothing
  // about the file's order. Written in id order, the indexes on id are filled in one sweep
  // instead of at random places.
  const ids = rows.map(() => randomUUID());
  const order = rows.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const lines: string[] = [];
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
      lines.push(`${ids[i]}\t${surveyId}\t${row.submittedOn ?? day}\t\\N\t${v(segment.staffGroupId)}\t${v(segment.divisionId)}\t${v(segment.siteId)}\timport\t${importId}\t${v(`{${fragments.join(',')}}`)}\n`);
    }
    yield { kind: 'chunk', text: lines.join(''), rows: end - start };
  }
  const counts: [string, number][] = [];
  for (const [cellKey, cell] of cells) for (const [key, n] of cell) counts.push([`${key}\u0001${cellKey}`, n]);
  yield { kind: 'totals', counts, answers: answerCount };
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
