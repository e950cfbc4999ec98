import { and, eq } from 'drizzle-orm';
import { LIKERT_LABELS, PREFER_NOT_TO_SAY, RATING_MAX, RATING_MIN, type ProfileChoices, type QuestionDefinition } from '../../../shared/contracts/survey-definition.js';
import { NOT_STATED, type SegmentDimension } from '../../../shared/contracts/results.js';
import { ALL, suppressSmallGroups, type Atom, type Coordinate, type Dimension, type SuppressedCube } from '../../platform/anonymity.js';
import type { Db } from '../../platform/db/client.js';
import { countRespondents } from '../responses/index.js';
import { surveyAnswerCounts } from '../surveys/index.js';
import { ContentMemo } from './cube-memo.js';

/**
 * Builds the cubes every result is read from. Segments are staff group × division × site;
 * the respondents cube is suppressed first and its counts are the published margins of every
 * question's cube, so the coverage page and the results pages can never be played off
 * against each other.
 */
export const NO_ANSWER = 'no_answer';
export const SEGMENT_KEYS: SegmentDimension[] = ['staff_group', 'division', 'site'];

export interface SegmentCounts {
  staffGroupId: string | null;
  divisionId: string | null;
  siteId: string | null;
  count: number;
}

export function segmentDimensions(profile: ProfileChoices): Dimension[] {
  // "Not stated" is the cheapest complement: hiding it keeps a real group (doctors, say) in view.
  return SEGMENT_KEYS.map((key) => ({ key, values: [...profile[key].map((c) => c.key), NOT_STATED], residual: [NOT_STATED] }));
}

/** A segment coordinate; ids that no longer exist in the workforce count as "not stated". */
function segmentCoords(dims: Dimension[], row: { staffGroupId: string | null; divisionId: string | null; siteId: string | null }) {
  return [row.staffGroupId, row.divisionId, row.siteId].map((id, d) => (id && dims[d]!.values.includes(id) ? id : NOT_STATED));
}

export interface SurveyCubes {
  segments: Dimension[];
  respondents: SuppressedCube;
  respondentAtoms: Map<string, number>;
  threshold: number;
  /** Which groups the survey asks about (`recordedGroups`), set by `loadResultsContext`; both when not known. */
  recorded?: { staffGroup: boolean; division: boolean };
}

const respondentCubes = new ContentMemo<SuppressedCube>();
const questionCubes = new ContentMemo<Distribution[]>();

export async function buildRespondentsCube(db: Db, surveyId: string, profile: ProfileChoices, minGroupSize: number): Promise<SurveyCubes> {
  const segments = segmentDimensions(profile);
  const respondentAtoms = new Map<string, number>();
  for (const row of await countRespondents(db, surveyId)) {
    const key = segmentCoords(segments, row).join('|');
    respondentAtoms.set(key, (respondentAtoms.get(key) ?? 0) + row.count);
  }
  const atoms: Atom[] = [...respondentAtoms].map(([key, count]) => ({ coords: key.split('|'), count }));
  const respondents = respondentCubes.get({ segments, atoms, minGroupSize }, () => suppressSmallGroups(segments, atoms, minGroupSize));
  return { segments, respondents, respondentAtoms, threshold: respondents.threshold };
}

/** One distribution to show: an answer dimension (with "no answer") over the segments. */
export interface Distribution {
  /** A matrix row or a multiple-choice option; '' for the question as a whole. */
  key: string;
  answerKeys: string[];
  cube: SuppressedCube;
}

export function answerKeysFor(question: QuestionDefinition, profile: ProfileChoices): string[] {
  switch (question.type) {
    case 'single_choice':
    case 'ranking':
      return question.options.map((o) => o.key);
    case 'profile':
      return [...(question.dimension ? profile[question.dimension].map((c) => c.key) : []), PREFER_NOT_TO_SAY];
    case 'likert':
    case 'matrix':
    case 'systems': // support 1–5, the same five levels
      return LIKERT_LABELS.map((_, i) => String(i + 1));
    case 'rating':
      return Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => String(RATING_MIN + i));
    case 'multiple_choice':
      return ['chose', 'did_not_choose'];
    default:
      return [];
  }
}

type AnswerCountRow = typeof surveyAnswerCounts.$inferSelect;

/** The distributions of one question, each suppressed with the respondents as published margins. */
export async function buildQuestionCubes(db: Db, surveyId: string, question: QuestionDefinition, profile: ProfileChoices, cubes: SurveyCubes): Promise<Distribution[]> {
  const rows = await db
    .select()
    .from(surveyAnswerCounts)
    .where(and(eq(surveyAnswerCounts.surveyId, surveyId), eq(surveyAnswerCounts.questionId, question.id)));
  const answerKeys = answerKeysFor(question, profile);
  // The respondents' atoms and the threshold decide the published margins, so with the rows they are all the inputs.
  const inputs = { question, answerKeys, segments: cubes.segments, threshold: cubes.threshold, respondents: [...cubes.respondentAtoms], rows: rows.map((r) => [r.item, r.value, r.staffGroupId, r.divisionId, r.siteId, r.count]) };
  return questionCubes.get(inputs, () => distributionsOf(question, answerKeys, rows, cubes));
}

function distributionsOf(question: QuestionDefinition, answerKeys: string[], rows: AnswerCountRow[], cubes: SurveyCubes): Distribution[] {
  const blocks: { key: string; answerOf: (row: (typeof rows)[number]) => string | null }[] = [];
  switch (question.type) {
    case 'single_choice':
    case 'profile':
      blocks.push({ key: '', answerOf: (r) => r.item });
      break;
    case 'ranking':
      // What respondents put first; the full ranking is in the raw export.
      blocks.push({ key: '', answerOf: (r) => (r.value === '1' ? r.item : null) });
      break;
    case 'likert':
    case 'rating':
      blocks.push({ key: '', answerOf: (r) => r.value });
      break;
    case 'matrix':
      for (const row of question.rows) blocks.push({ key: row.key, answerOf: (r) => (r.item === row.key ? r.value : null) });
      break;
    case 'systems':
      // One distribution per system; "no answer" there means the respondent does not use it.
      for (const system of question.options) blocks.push({ key: system.key, answerOf: (r) => (r.item === system.key ? r.value : null) });
      break;
    case 'multiple_choice':
      for (const option of question.options) blocks.push({ key: option.key, answerOf: (r) => (r.item === option.key ? 'chose' : null) });
      break;
    default:
      return [];
  }
  const dims: Dimension[] = [{ key: 'answer', values: [...answerKeys, NO_ANSWER], residual: [NO_ANSWER, PREFER_NOT_TO_SAY] }, ...cubes.segments];
  return blocks.map(({ key, answerOf }) => {
    const atoms = new Map<string, number>();
    const answered = new Map<string, number>();
    for (const row of rows) {
      const answer = answerOf(row);
      if (answer === null || !answerKeys.includes(answer)) continue;
      const segment = segmentCoords(cubes.segments, row).join('|');
      const atomKey = `${answer}|${segment}`;
      atoms.set(atomKey, (atoms.get(atomKey) ?? 0) + row.count);
      answered.set(segment, (answered.get(segment) ?? 0) + row.count);
    }
    // Everyone else in the segment gave no answer (or, for multiple choice, did not choose it).
    const rest = question.type === 'multiple_choice' ? 'did_not_choose' : NO_ANSWER;
    for (const [segment, respondents] of cubes.respondentAtoms) {
      const missing = respondents - (answered.get(segment) ?? 0);
      if (missing > 0) atoms.set(`${rest}|${segment}`, (atoms.get(`${rest}|${segment}`) ?? 0) + missing);
    }
    const cube = suppressSmallGroups(
      dims,
      [...atoms].map(([k, count]) => ({ coords: k.split('|'), count })),
      cubes.threshold,
      { published: (coords: readonly Coordinate[]) => (coords[0] === ALL ? cubes.respondents.get(coords.slice(1)) : undefined) },
    );
    return { key, answerKeys: question.type === 'multiple_choice' ? ['chose'] : [...answerKeys, NO_ANSWER], cube };
  });
}
