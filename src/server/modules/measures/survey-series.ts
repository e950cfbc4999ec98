import { and, asc, eq, inArray, max, or } from 'drizzle-orm';
import type { QuestionResult } from '../../../shared/contracts/results.js';
import { TOO_FEW_ANSWERS, type MeasurePoint } from '../../../shared/contracts/measures.js';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/http/access.js';
import { loadResultsContext, questionResult } from '../results/index.js';
import { surveyQuestions, surveyResponses, surveys } from '../surveys/index.js';
import { countableAnswers } from './binding.js';
import { dayLabel, londonDay } from './days.js';

/**
 * The share of respondents to a question who gave a counted answer, read only from what the
 * results page shows for the whole survey (never from raw counts): if a number it needs is hidden
 * there, the share is hidden too, so a measure can never be played off against the results page.
 * Returns null when the share cannot be shown.
 */
export function shareFromResult(result: QuestionResult, answerKeys: string[], counted: string[]): number | null {
  const respondents = result.respondents.value;
  if (respondents === null) return null;
  const value = (key: string) => result.items.find((i) => i.key === key)?.count.value ?? null;
  const sum = (keys: string[]) => keys.reduce<number | null>((total, key) => (total === null || value(key) === null ? null : total + value(key)!), 0);
  let base: number | null;
  let chose: number | null;
  if (result.type === 'multiple_choice') {
    // Everyone who answered the survey could tick it; the results page shares it out of them too.
    base = respondents;
    chose = sum(counted);
  } else {
    const noAnswer = result.items.filter((i) => !answerKeys.includes(i.key)).map((i) => i.key);
    const notAnswered = sum(noAnswer);
    base = notAnswered !== null ? respondents - notAnswered : sum(answerKeys);
    const uncounted = sum(answerKeys.filter((k) => !counted.includes(k)));
    chose = sum(counted) ?? (base !== null && uncounted !== null ? base - uncounted : null);
  }
  if (base === null || chose === null || base === 0) return null;
  return Math.round((chose / base) * 1000) / 10;
}

interface Wave {
  surveyId: string;
  title: string;
  questionId: string;
  on: string;
  createdAt: Date;
}

/** Every survey of the family that asks the question (the first wave's and its copies) and has responses, oldest first. */
async function wavesOf(db: Db, organisationId: string, firstWaveQuestionId: string): Promise<Wave[]> {
  const rows = await db
    .select({ surveyId: surveys.id, title: surveys.title, closesAt: surveys.closesAt, createdAt: surveys.createdAt, questionId: surveyQuestions.id })
    .from(surveyQuestions)
    .innerJoin(surveys, eq(surveys.id, surveyQuestions.surveyId))
    .where(and(eq(surveys.organisationId, organisationId), or(eq(surveyQuestions.id, firstWaveQuestionId), eq(surveyQuestions.firstWaveQuestionId, firstWaveQuestionId))))
    .orderBy(asc(surveys.createdAt));
  if (rows.length === 0) return [];
  const latest = await db
    .select({ surveyId: surveyResponses.surveyId, on: max(surveyResponses.submittedOn) })
    .from(surveyResponses)
    .where(inArray(surveyResponses.surveyId, rows.map((r) => r.surveyId)))
    .groupBy(surveyResponses.surveyId);
  const latestOn = new Map(latest.map((l) => [l.surveyId, l.on]));
  const waves: Wave[] = [];
  for (const row of rows) {
    const lastResponse = latestOn.get(row.surveyId);
    if (!lastResponse) continue;
    // A wave is dated when it closed; one still open, by its latest response so far.
    const closedOn = row.closesAt && row.closesAt <= new Date() ? londonDay(row.closesAt) : null;
    waves.push({ surveyId: row.surveyId, title: row.title, questionId: row.questionId, on: closedOn ?? lastResponse, createdAt: row.createdAt });
  }
  return waves.sort((a, b) => a.on.localeCompare(b.on) || a.createdAt.getTime() - b.createdAt.getTime());
}

/** One point per wave: the share giving a counted answer, or a gap where too few answered. */
export async function surveySeries(db: Db, actor: Actor, firstWaveQuestionId: string, counted: string[]): Promise<MeasurePoint[]> {
  const points: MeasurePoint[] = [];
  for (const wave of await wavesOf(db, actor.member.organisationId, firstWaveQuestionId)) {
    const context = await loadResultsContext(db, actor, wave.surveyId);
    const question = context.definition.questions.find((q) => q.id === wave.questionId);
    if (!question) continue;
    const result = await questionResult({ db, surveyId: wave.surveyId, question, profile: context.profile, cubes: context.cubes, filter: {}, segmentLabels: context.segmentLabels });
    const share = shareFromResult(result, countableAnswers(question).map((a) => a.key), counted);
    points.push({
      valueId: null,
      on: wave.on,
      onLabel: dayLabel(wave.on),
      value: share,
      suppressed: share === null,
      label: wave.title,
      note: share === null ? TOO_FEW_ANSWERS : '',
    });
  }
  return points;
}
