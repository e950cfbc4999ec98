import { and, eq, sql } from 'drizzle-orm';
import type { Answers, SurveyDefinition } from '../../../../shared/contracts/survey-definition.js';
import { validateAnswers } from '../../../../shared/survey-logic.js';
import type { Db } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors.js';
import { flattenAnswers, segmentOf, type CountKey, type Segment } from '../answer-rows.js';
import { surveyAnswerCounts, surveyResponses } from '../../surveys/tables.js';
import { loadProfileChoices } from '../../workforce/index.js';

export interface RecordResponseInput {
  survey: { id: string; organisationId: string; anonymous: boolean };
  definition: SurveyDefinition;
  answers: Answers;
  idempotencyKey: string;
  /** The invitation that admitted the respondent, if any. Kept on the response only when not anonymous. */
  invitationId: string | null;
  source?: 'web' | 'import';
}

export class AnswerProblems extends AppError {
  constructor(readonly problems: { questionId: string; message: string }[]) {
    super(400, 'invalid_answers', problems.length === 1 ? problems[0]!.message : `There are ${problems.length} problems with the answers`,
      problems.map((p) => ({ field: p.questionId, message: p.message })));
  }
}

/**
 * Stores a response (its answers on the same row) and its running counts in the caller's transaction. Returns
 * `{ duplicate: true }` when the idempotency key was already used: a retried POST or a
 * double-click stores one response. Respondents are not audited: the audit trail would
 * otherwise link a person to a response.
 */
export async function recordResponse(tx: Db, input: RecordResponseInput): Promise<{ responseId: string | null; duplicate: boolean }> {
  const profile = await loadProfileChoices(tx, input.survey.organisationId);
  const { answers, problems } = validateAnswers(input.definition, input.answers, profile);
  if (problems.length > 0) throw new AnswerProblems(problems);
  const segment = segmentOf(input.definition, answers, profile);
  const inserted = await tx
    .insert(surveyResponses)
    .values({
      surveyId: input.survey.id,
      // The day only, in UTC: a time would let a response be matched to an invitation's use.
      submittedOn: sql`(now() AT TIME ZONE 'UTC')::date`,
      invitationId: input.survey.anonymous ? null : input.invitationId,
      idempotencyKey: input.idempotencyKey,
      source: input.source ?? 'web',
      // As validated: hidden questions' answers are already dropped, text is verbatim.
      answers,
      ...segment,
    })
    .onConflictDoNothing({ target: [surveyResponses.surveyId, surveyResponses.idempotencyKey] })
    .returning({ id: surveyResponses.id });
  const response = inserted[0];
  if (!response) return { responseId: null, duplicate: true };
  const { counts } = flattenAnswers(input.definition, answers);
  await addToCounts(tx, input.survey.id, segment, [...counts, respondentTally(input.survey.id)]);
  return { responseId: response.id, duplicate: false };
}

/**
 * Adds one to each counted cell. Cells are updated in a fixed order so concurrent submissions
 * never deadlock on each other's rows.
 */
export async function addToCounts(tx: Db, surveyId: string, segment: Segment, counts: CountKey[], by = 1): Promise<void> {
  if (counts.length === 0) return;
  const sorted = [...counts].sort((a, b) =>
    a.questionId.localeCompare(b.questionId) || a.item.localeCompare(b.item) || a.value.localeCompare(b.value),
  );
  await tx
    .insert(surveyAnswerCounts)
    .values(sorted.map((c) => ({ surveyId, ...c, ...segment, count: by })))
    .onConflictDoUpdate({
      target: [
        surveyAnswerCounts.questionId,
        surveyAnswerCounts.item,
        surveyAnswerCounts.value,
        surveyAnswerCounts.staffGroupId,
        surveyAnswerCounts.divisionId,
        surveyAnswerCounts.siteId,
      ],
      set: { count: sql`${surveyAnswerCounts.count} + excluded.count` },
    });
}

/**
 * The respondents of a survey are tallied in the same running counts, under the survey's own
 * id as the "question", so coverage and "no answer" never scan the responses themselves.
 */
export const respondentTally = (surveyId: string): CountKey => ({ questionId: surveyId, item: '', value: 'respondents' });

/** Respondents per segment, for coverage and for "no answer" in results. */
export async function countRespondents(db: Db, surveyId: string) {
  return db
    .select({
      staffGroupId: surveyAnswerCounts.staffGroupId,
      divisionId: surveyAnswerCounts.divisionId,
      siteId: surveyAnswerCounts.siteId,
      count: surveyAnswerCounts.count,
    })
    .from(surveyAnswerCounts)
    .where(and(eq(surveyAnswerCounts.surveyId, surveyId), eq(surveyAnswerCounts.questionId, surveyId)));
}
