import type { SurveySummary } from '../../../shared/contracts/surveys.js';
import { ApiError } from '../../app/api.js';
import { Button, ButtonGroup } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import type { FormProblem } from '../../ui/form-problem.js';
import { SuccessBanner } from '../../ui/SuccessBanner.js';
import { useLifecycle, type LifecycleStep } from './api.js';

interface Props {
  survey: SurveySummary;
  problems: { questionId: string; message: string }[];
  /** Question id → id of its heading, so each problem links to its question. */
  questionIds: Record<string, string>;
}

const DONE: Record<LifecycleStep, string> = {
  publish: 'The survey is published.',
  close: 'The survey is closed. No more responses will be taken.',
  reopen: 'The survey is open again.',
};

/**
 * Publish, close and reopen. A refused publish lists the server's problems, one per
 * question, as an NHS.UK error summary whose links move focus to the question.
 */
export function LifecycleActions({ survey, problems, questionIds }: Props) {
  const lifecycle = useLifecycle(survey);
  const error = lifecycle.error;
  const problem: FormProblem | null = error
    ? error instanceof ApiError
      ? {
          detail: error.message,
          fields: Object.fromEntries(error.fields.map((f) => [f.field, f.message])),
        }
      : { detail: 'Something went wrong. Please try again.', fields: {} }
    : null;
  const step = (which: LifecycleStep) => {
    if (lifecycle.isPending) return;
    lifecycle.reset();
    lifecycle.mutate(which);
  };

  return (
    <section aria-labelledby="lifecycle-heading">
      <h2 className="nhsuk-heading-m" id="lifecycle-heading">
        {survey.status === 'draft' ? 'Publish' : 'Responses'}
      </h2>
      {lifecycle.isSuccess && lifecycle.variables && <SuccessBanner>{DONE[lifecycle.variables]}</SuccessBanner>}
      <ErrorSummary problem={problem} fieldIds={questionIds} />
      {survey.status === 'draft' && (
        <p className="nhsuk-body">
          {problems.length > 0
            ? `${problems.length === 1 ? 'One question needs' : `${problems.length} questions need`} attention before the survey can be published.`
            : 'When you publish, staff can answer from the opening date until it closes.'}
        </p>
      )}
      {survey.status === 'open' && (
        <p className="nhsuk-body">
          {survey.acceptingResponses ? 'The survey is taking responses.' : 'The survey is published but outside its opening and closing dates.'}
        </p>
      )}
      {survey.status === 'closed' && <p className="nhsuk-body">The survey is closed. You can reopen it if you need more responses.</p>}
      <ButtonGroup>
        {survey.can.publish && (
          <Button busy={lifecycle.isPending} onClick={() => step('publish')}>
            Publish survey
          </Button>
        )}
        {survey.can.close && (
          <Button variant="secondary" busy={lifecycle.isPending} onClick={() => step('close')}>
            Close survey
          </Button>
        )}
        {survey.can.reopen && (
          <Button variant="secondary" busy={lifecycle.isPending} onClick={() => step('reopen')}>
            Reopen survey
          </Button>
        )}
      </ButtonGroup>
    </section>
  );
}
