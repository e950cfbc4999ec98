import type { ReactNode } from 'react';
import type { InferredQuestion } from '../../../shared/contracts/imports.js';
import { QUESTION_TYPE_LABELS, type QuestionDefinition } from '../../../shared/contracts/survey-definition.js';
import { useSurveyBuilder } from '../surveys/api.js';
import { SKIP } from './mapping.js';

/** Loads the chosen survey's questions (mounted only once a survey is chosen: the builder query has no off switch). */
export function TargetQuestions({ surveyId, children }: { surveyId: string; children(questions: QuestionDefinition[]): ReactNode }) {
  const builder = useSurveyBuilder(surveyId);
  if (builder.isPending) return <p className="nhsuk-body">Loading the survey's questions…</p>;
  if (builder.isError) return <p className="nhsuk-body">The survey's questions could not be loaded. Reload the page to try again.</p>;
  return <>{children(builder.data.questions)}</>;
}

interface SelectProps {
  question: InferredQuestion;
  questions: readonly QuestionDefinition[];
  value: string;
  onChange(value: string): void;
}

/** "Goes to question" for one file column, labelled with the column's title. */
export function TargetQuestionSelect({ question, questions, value, onChange }: SelectProps) {
  const id = `target-${question.column}`;
  return (
    <div className="nhsuk-form-group">
      <label className="nhsuk-label nhsuk-u-visually-hidden" htmlFor={id}>Question that "{question.title}" goes to</label>
      <select className="nhsuk-select chorus-import-target" id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {value === '' && <option value="">Choose a question</option>}
        {questions.map((q) => <option key={q.id} value={q.id}>{`${q.title} (${QUESTION_TYPE_LABELS[q.type]})`}</option>)}
        <option value={SKIP}>Skip this column</option>
      </select>
    </div>
  );
}
