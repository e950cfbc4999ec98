import { and, eq, inArray, ne, sql, sum } from 'drizzle-orm';
import type { SurveyDefinition } from '../../../shared/contracts/survey-definition.js';
import type { Db } from '../../platform/db/client.js';
import { surveyAnswerCounts, surveyResponses } from './tables.js';

/**
 * What respondents have already answered. Read from the running counts (a few rows per
 * option) rather than the responses themselves, which may be a million rows; free text is not
 * counted, so text questions are probed in the responses, stopping at the first answer.
 */
export interface Answered {
  questions: Set<string>;
  /** Option or matrix row keys with at least one answer, per question. */
  keys: Map<string, Set<string>>;
}

export async function responseCounts(db: Db, surveyIds: string[]): Promise<Map<string, number>> {
  if (surveyIds.length === 0) return new Map();
  // Respondents are tallied under the survey's own id as the "question" (see respondentTally).
  const rows = await db
    .select({ surveyId: surveyAnswerCounts.surveyId, n: sum(surveyAnswerCounts.count) })
    .from(surveyAnswerCounts)
    .where(and(inArray(surveyAnswerCounts.surveyId, surveyIds), inArray(surveyAnswerCounts.questionId, surveyIds)))
    .groupBy(surveyAnswerCounts.surveyId);
  return new Map(rows.map((r) => [r.surveyId, Number(r.n ?? 0)]));
}

export async function loadAnswered(db: Db, surveyId: string, definition: SurveyDefinition): Promise<Answered> {
  const cells = await db
    .selectDistinct({ questionId: surveyAnswerCounts.questionId, item: surveyAnswerCounts.item })
    .from(surveyAnswerCounts)
    .where(and(eq(surveyAnswerCounts.surveyId, surveyId), ne(surveyAnswerCounts.questionId, surveyId)));
  const answered: Answered = { questions: new Set(), keys: new Map() };
  for (const cell of cells) {
    answered.questions.add(cell.questionId);
    if (cell.item) answered.keys.set(cell.questionId, (answered.keys.get(cell.questionId) ?? new Set()).add(cell.item));
  }
  const textIds = definition.questions.filter((q) => q.type === 'short_text' || q.type === 'long_text').map((q) => q.id);
  if (textIds.length > 0) {
    // One probe per text question, in turn: inside a transaction they share a connection.
    for (const id of textIds) {
      const rows = await db
        .select({ id: surveyResponses.id })
        .from(surveyResponses)
        .where(and(eq(surveyResponses.surveyId, surveyId), sql`jsonb_exists(${surveyResponses.answers}, ${id}::text)`))
        .limit(1);
      if (rows.length > 0) answered.questions.add(id);
    }
  }
  return answered;
}
