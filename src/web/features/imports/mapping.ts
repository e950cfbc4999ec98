import type { ImportColumnChoice, ImportPreview, InferredQuestion } from '../../../shared/contracts/imports.js';
import type { QuestionDefinition } from '../../../shared/contracts/survey-definition.js';

/** Importing into an existing survey: which of its questions each file column goes to. */

/** The "Goes to question" value that skips a column; question ids are UUIDs, so it cannot clash with one. */
export const SKIP = 'skip';

/** What the person chose, keyed by the question's first column: a question id, or SKIP. */
export type ColumnTargets = Record<number, string>;

export interface TargetMapping {
  surveyId: string;
  /** The chosen survey's questions, in the order respondents meet them. */
  questions: readonly QuestionDefinition[];
  chosen: ColumnTargets;
  onChoose(column: number, value: string): void;
}

// The server matches titles the same way (normaliseLabel in the imports module).
const normalised = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The question a column goes to, as its select shows it: the person's own choice; else the
 * server's guess, when the preview was made against this survey; else the question with the same
 * title. '' when there is none, which the server reports as a problem.
 */
export function shownTarget(q: InferredQuestion, preview: ImportPreview, target: TargetMapping): string {
  const own = target.chosen[q.column];
  if (own !== undefined) return own;
  const previewedHere = preview.target?.surveyId === target.surveyId;
  if (previewedHere && q.skipped) return SKIP;
  if (previewedHere && q.targetQuestionId && target.questions.some((t) => t.id === q.targetQuestionId)) return q.targetQuestionId;
  return target.questions.find((t) => normalised(t.title) === normalised(q.title))?.id ?? '';
}

/**
 * Only the person's own choices are sent: for every other column the server makes the same
 * guess the select shows, and the preview and the import see exactly the same options.
 */
export const targetColumns = (chosen: ColumnTargets): ImportColumnChoice[] =>
  Object.entries(chosen).map(([column, value]) =>
    value === SKIP ? { column: Number(column), skip: true } : { column: Number(column), questionId: value });
