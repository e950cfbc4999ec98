import { and, eq } from 'drizzle-orm';
import { BINDABLE_QUESTION_TYPES, type MeasureInput } from '../../../shared/contracts/measures.js';
import { LIKERT_LABELS, RATING_MAX, RATING_MIN, type QuestionDefinition } from '../../../shared/contracts/survey-definition.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest } from '../../platform/errors.js';
import { maturityFrameworks, maturityMeasures } from '../maturity/index.js';
import { priorities } from '../priorities/tables.js';
import { initiatives } from '../roadmap/tables.js';
import { surveyQuestions, surveys } from '../surveys/index.js';

const refuse = (field: string, message: string) => badRequest(message, [{ field, message }]);

/** The answers of a bindable question that can be counted, as key and label. */
export function countableAnswers(question: Pick<QuestionDefinition, 'type' | 'options'>): { key: string; label: string }[] {
  if (question.type === 'likert') return LIKERT_LABELS.map((label, i) => ({ key: String(i + 1), label }));
  if (question.type === 'rating') return Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => ({ key: String(RATING_MIN + i), label: String(RATING_MIN + i) }));
  return question.options.map((o) => ({ key: o.key, label: o.label }));
}

/** The columns a measure's input sets, once its owner and binding are known to be the strategy's own. */
export interface CheckedMeasure {
  priorityId: string | null;
  initiativeId: string | null;
  surveyQuestionId: string | null;
  countedAnswers: string[];
  maturityMeasureId: string | null;
}

/**
 * The owner must be a priority or an initiative of the same strategy; a survey question one of the
 * strategy's surveys (stored as the first wave's question, so every wave is found from it); a
 * maturity measure one of the organisation's frameworks. Anything else reads as "choose again",
 * never as a hint that another organisation's record exists.
 */
export async function checkMeasure(db: Db, organisationId: string, strategyId: string, input: MeasureInput): Promise<CheckedMeasure> {
  if (input.priorityId) {
    const [row] = await db.select({ id: priorities.id }).from(priorities).where(and(eq(priorities.id, input.priorityId), eq(priorities.strategyId, strategyId), eq(priorities.organisationId, organisationId)));
    if (!row) throw refuse('owner', 'Choose a priority of this strategy');
  }
  if (input.initiativeId) {
    const [row] = await db.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.id, input.initiativeId), eq(initiatives.strategyId, strategyId), eq(initiatives.organisationId, organisationId)));
    if (!row) throw refuse('owner', 'Choose an initiative of this strategy');
  }
  const checked: CheckedMeasure = { priorityId: input.priorityId, initiativeId: input.initiativeId, surveyQuestionId: null, countedAnswers: [], maturityMeasureId: null };
  if (input.source === 'survey') {
    const [question] = await db
      .select({ id: surveyQuestions.id, type: surveyQuestions.type, options: surveyQuestions.options, firstWave: surveyQuestions.firstWaveQuestionId })
      .from(surveyQuestions)
      .innerJoin(surveys, eq(surveys.id, surveyQuestions.surveyId))
      .where(and(eq(surveyQuestions.id, input.surveyQuestionId!), eq(surveys.strategyId, strategyId), eq(surveys.organisationId, organisationId)));
    if (!question) throw refuse('surveyQuestionId', 'Choose a question from one of this strategy’s surveys');
    if (!(BINDABLE_QUESTION_TYPES as readonly string[]).includes(question.type)) {
      throw refuse('surveyQuestionId', 'Choose a single choice, multiple choice, agreement or rating question: only their answers can be counted');
    }
    const keys = new Set(countableAnswers(question).map((a) => a.key));
    const counted = [...new Set(input.countedAnswers)];
    if (counted.some((k) => !keys.has(k))) throw refuse('countedAnswers', 'Choose the answers that count from the question’s own answers');
    // People may tick several options, so the shares of two options cannot simply be added.
    if (question.type === 'multiple_choice' && counted.length > 1) {
      throw refuse('countedAnswers', 'For a multiple choice question, choose one option: people can tick several, so shares of two options cannot be added');
    }
    checked.surveyQuestionId = question.firstWave ?? question.id;
    checked.countedAnswers = counted.sort();
  }
  if (input.source === 'maturity') {
    const [row] = await db
      .select({ id: maturityMeasures.id })
      .from(maturityMeasures)
      .innerJoin(maturityFrameworks, eq(maturityFrameworks.id, maturityMeasures.frameworkId))
      .where(and(eq(maturityMeasures.id, input.maturityMeasureId!), eq(maturityFrameworks.organisationId, organisationId)));
    if (!row) throw refuse('maturityMeasureId', 'Choose a What Good Looks Like measure from the list');
    checked.maturityMeasureId = row.id;
  }
  return checked;
}
