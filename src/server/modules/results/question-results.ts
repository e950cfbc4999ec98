import { and, eq, sql, type SQL } from 'drizzle-orm';
import {
  LIKERT_LABELS,
  PREFER_NOT_TO_SAY,
  SUPPORT_LABELS,
  type ProfileChoices,
  type QuestionDefinition,
} from '../../../shared/contracts/survey-definition.js';
import { NOT_STATED, type QuestionResult, type ResultsFilter, type SafeCountView, type SegmentDimension } from '../../../shared/contracts/results.js';
import { ALL, type Coordinate, type SafeCount } from '../../platform/anonymity.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest } from '../../platform/errors.js';
import { surveyResponses } from '../surveys/index.js';
import { buildQuestionCubes, NO_ANSWER, SEGMENT_KEYS, type SurveyCubes } from './cubes.js';
import { rowComparison } from './row-comparison.js';

/** Never says why a count is hidden: telling "small" from "complementary" would itself leak. */
export const present = (count: SafeCount): SafeCountView => ({ value: count.suppressed ? null : count.value, suppressed: count.suppressed });

const FILTER_KEYS: Record<SegmentDimension, keyof ResultsFilter> = { staff_group: 'staffGroup', division: 'division', site: 'site' };

/** The segment coordinates of a filter, refusing values the organisation does not have. */
export function filterCoords(filter: ResultsFilter, cubes: SurveyCubes): Coordinate[] {
  return SEGMENT_KEYS.map((dimension, d) => {
    const value = filter[FILTER_KEYS[dimension]] as string | undefined;
    if (!value) return ALL;
    if (!cubes.segments[d]!.values.includes(value)) {
      throw badRequest(`That ${dimension.replace('_', ' ')} is not part of this organisation`, [
        { field: FILTER_KEYS[dimension], message: `Choose a ${dimension.replace('_', ' ')} from the list` },
      ]);
    }
    return value;
  });
}

function answerLabel(question: QuestionDefinition, key: string, profile: ProfileChoices): string {
  if (key === NO_ANSWER) return 'No answer';
  if (key === PREFER_NOT_TO_SAY) return 'Prefer not to say';
  if (key === 'chose') return 'Chose this';
  if (question.type === 'systems') return key === NO_ANSWER ? 'Does not use it' : `${key} – ${SUPPORT_LABELS[Number(key) - 1] ?? ''}`;
  if (question.type === 'likert' || question.type === 'matrix') return LIKERT_LABELS[Number(key) - 1] ?? key;
  if (question.type === 'rating') return key;
  if (question.type === 'profile' && question.dimension) return profile[question.dimension].find((c) => c.key === key)?.label ?? key;
  return question.options.find((o) => o.key === key)?.label ?? key;
}

function percent(count: SafeCount, of: SafeCount): number | null {
  if (count.suppressed || of.suppressed || of.value === 0) return null;
  return Math.round((count.value / of.value) * 1000) / 10;
}

export interface QuestionResultInput {
  db: Db;
  surveyId: string;
  question: QuestionDefinition;
  profile: ProfileChoices;
  cubes: SurveyCubes;
  filter: ResultsFilter;
  segmentLabels: Record<SegmentDimension, Map<string, string>>;
}

export async function questionResult(input: QuestionResultInput): Promise<QuestionResult> {
  const { question, profile, cubes, filter } = input;
  const where = filterCoords(filter, cubes);
  const respondents = cubes.respondents.get(where);
  const distributions = await buildQuestionCubes(input.db, input.surveyId, question, profile, cubes);
  const itemsAt = (distribution: (typeof distributions)[number], segment: Coordinate[]) => {
    const base = cubes.respondents.get(segment);
    return distribution.answerKeys.map((key) => {
      const count = distribution.cube.get([key, ...segment]);
      return { key, label: answerLabel(question, key, profile), count: present(count), percent: percent(count, base) };
    });
  };
  // A systems question is shown like a matrix: one row (distribution) per system.
  const byRow = question.type === 'matrix' || question.type === 'systems';
  const rowLabels: readonly { key: string; label: string }[] = question.type === 'systems' ? question.options : question.type === 'matrix' ? question.rows : [];
  const rowLabel = (key: string) => rowLabels.find((r) => r.key === key)?.label ?? key;
  const single = !byRow && question.type !== 'multiple_choice';
  const result: QuestionResult = {
    questionId: question.id,
    type: question.type,
    title: question.title,
    respondents: present(respondents),
    items: [],
    rows: [],
    comparison: [],
    texts: null,
  };
  if (single && distributions[0]) result.items = itemsAt(distributions[0], where);
  if (question.type === 'multiple_choice') {
    result.items = distributions.map((d) => {
      const count = d.cube.get(['chose', ...where]);
      return { key: d.key, label: answerLabel(question, d.key, profile), count: present(count), percent: percent(count, respondents) };
    });
  }
  if (byRow) {
    result.rows = distributions.map((d) => ({ key: d.key, label: rowLabel(d.key), items: itemsAt(d, where) }));
  }
  if (filter.compareBy && distributions.length > 0) {
    const d = SEGMENT_KEYS.indexOf(filter.compareBy);
    result.comparison = cubes.segments[d]!.values.map((value) => {
      const segment = where.map((c, i) => (i === d ? value : c));
      const items =
        question.type === 'multiple_choice'
          ? distributions.map((dist) => {
              const count = dist.cube.get(['chose', ...segment]);
              return { key: dist.key, label: answerLabel(question, dist.key, profile), count: present(count), percent: percent(count, cubes.respondents.get(segment)) };
            })
          : itemsAt(distributions[0]!, segment);
      return {
        key: value,
        label: input.segmentLabels[filter.compareBy!].get(value) ?? 'Not stated',
        respondents: present(cubes.respondents.get(segment)),
        items: byRow ? [] : items,
        rows: byRow ? rowComparison(distributions, segment, rowLabel, itemsAt) : [],
      };
    });
  }
  if (question.type === 'short_text' || question.type === 'long_text') {
    result.texts = await textAnswers(input.db, input.surveyId, question.id, where, respondents, cubes.threshold);
  }
  return result;
}

/** Quotes are shown only for a group the suppression cube shows, and at least the threshold in size. */
async function textAnswers(db: Db, surveyId: string, questionId: string, where: Coordinate[], respondents: SafeCount, threshold: number) {
  if (respondents.suppressed || respondents.value < threshold) {
    return { shown: false, reason: `Comments are shown only for groups of ${threshold} or more respondents.`, answers: [] };
  }
  const columns = [surveyResponses.staffGroupId, surveyResponses.divisionId, surveyResponses.siteId];
  // Free text is stored as a JSON string under the question's id in the response's answers.
  const answer = sql<string | null>`${surveyResponses.answers} ->> ${questionId}::text`;
  const conditions: SQL[] = [eq(surveyResponses.surveyId, surveyId), sql`${answer} <> ''`];
  where.forEach((value, d) => {
    if (value === ALL) return;
    conditions.push(value === NOT_STATED ? sql`${columns[d]!} IS NULL` : eq(columns[d]!, value));
  });
  const rows = await db
    .select({ text: answer })
    .from(surveyResponses)
    .where(and(...conditions))
    // A stable but meaningless order: response ids are random, so this says nothing about
    // when an answer arrived, and the index on (survey, id) serves it.
    .orderBy(surveyResponses.id)
    .limit(500);
  return { shown: true, reason: null, answers: rows.map((r) => r.text ?? '').filter((t) => t.length > 0) };
}
