import { SURVEY_STATUS_LABELS } from '../../../shared/contracts/surveys.js';
import { Select } from '../../ui/fields.js';
import { Radios } from '../../ui/Radios.js';
import { useSurveys } from '../surveys/api.js';

export type ImportMode = 'new' | 'existing';
export const MODE_ID = 'import-into';
export const SURVEY_ID = 'import-survey';

interface Props {
  strategyId: string;
  mode: ImportMode;
  surveyId: string;
  error?: string | undefined;
  onMode(mode: ImportMode): void;
  onSurvey(surveyId: string): void;
}

// Only editors import, and editors are always told the count; null cannot reach here in practice.
const responses = (n: number | null) => (n === 1 ? '1 response' : `${(n ?? 0).toLocaleString('en-GB')} responses`);

/**
 * A new survey made from the file, or one of the strategy's surveys. The server takes a survey
 * whatever its status (a draft included), so every survey with questions is offered.
 */
export function ImportTarget({ strategyId, mode, surveyId, error, onMode, onSurvey }: Props) {
  const surveys = useSurveys(strategyId);
  const withQuestions = (surveys.data ?? []).filter((s) => s.questionCount > 0);
  return (
    <>
      <Radios
        id={MODE_ID}
        name={MODE_ID}
        legend="Where should the responses go?"
        options={[
          { value: 'new', label: 'Create a new survey from this file' },
          { value: 'existing', label: 'Add these responses to an existing survey', hint: 'You choose which question each column goes to.' },
        ]}
        value={mode}
        onChange={(value) => onMode(value as ImportMode)}
      />
      {mode === 'existing' && (
        surveys.isPending ? <p className="nhsuk-body">Loading the strategy's surveys…</p>
        : surveys.isError ? <p className="nhsuk-body">The strategy's surveys could not be loaded. Reload the page to try again.</p>
        : withQuestions.length === 0 ? <p className="nhsuk-body">This strategy has no survey with questions yet. Create a new survey from the file instead.</p>
        : (
          <Select
            id={SURVEY_ID}
            label="Survey"
            labelClassName="nhsuk-label--s"
            hint="Only surveys that have questions are listed."
            error={error}
            value={surveyId}
            onChange={onSurvey}
            options={[
              ...(surveyId === '' ? [{ value: '', label: 'Choose a survey' }] : []),
              ...withQuestions.map((s) => ({ value: s.id, label: `${s.title} (${SURVEY_STATUS_LABELS[s.status]}, ${responses(s.responseCount)})` })),
            ]}
          />
        )
      )}
    </>
  );
}
