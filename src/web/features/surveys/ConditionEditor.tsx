import type { ProfileChoices, ShowIf } from '../../../shared/contracts/survey-definition.js';
import type { BuilderQuestion } from '../../../shared/contracts/surveys.js';
import { CONDITION_PARENT_TYPES, conditionOperators, conditionValues, OPERATOR_LABELS } from '../../../shared/survey-builder.js';
import { Select } from '../../ui/fields.js';

interface Props {
  /** Questions before this one, numbered as respondents see them. */
  earlier: { question: BuilderQuestion; number: number }[];
  profile: ProfileChoices;
  value: ShowIf | null;
  error?: string | undefined;
  onChange(value: ShowIf | null): void;
}

/** "Show this question only if the answer to question N is / is not / includes …". */
export function ConditionEditor({ earlier, profile, value, error, onChange }: Props) {
  const candidates = earlier.filter(({ question }) => CONDITION_PARENT_TYPES.includes(question.type));
  const parent = candidates.find(({ question }) => question.id === value?.questionId)?.question;
  const choose = (questionId: string) => {
    const next = candidates.find(({ question }) => question.id === questionId)?.question;
    if (!next) return onChange(null);
    onChange({ questionId, operator: conditionOperators(next.type)[0]!, value: conditionValues(next, profile)[0]?.key ?? '' });
  };
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Show this question only for some answers (optional)</legend>
        <div className="nhsuk-hint">
          A question can depend on an earlier choice, agreement, rating or “about you” question.
        </div>
        {candidates.length === 0 ? (
          <p className="nhsuk-body">There is no earlier question this one can depend on.</p>
        ) : (
          <>
            <Select
              id="show-if-question"
              label="Depends on"
              value={value?.questionId ?? ''}
              onChange={choose}
              error={error}
              options={[
                { value: '', label: 'Always show this question' },
                ...candidates.map(({ question, number }) => ({ value: question.id, label: `Question ${number}: ${question.title}` })),
              ]}
            />
            {parent && value && (
              <>
                <Select
                  id="show-if-operator"
                  label="When the answer"
                  value={value.operator}
                  onChange={(operator) => onChange({ ...value, operator: operator as ShowIf['operator'] })}
                  options={conditionOperators(parent.type).map((o) => ({ value: o, label: OPERATOR_LABELS[o] }))}
                />
                <Select
                  id="show-if-value"
                  label="Answer"
                  value={value.value}
                  onChange={(answer) => onChange({ ...value, value: answer })}
                  options={conditionValues(parent, profile).map((c) => ({ value: c.key, label: c.label }))}
                />
              </>
            )}
          </>
        )}
      </fieldset>
    </div>
  );
}
