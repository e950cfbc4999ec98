import type { ReactNode } from 'react';

interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  /** Ids of the radios are `${id}` for the first (the error summary links there) and `${id}-n` after. */
  id: string;
  name: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly Option[];
  value: string;
  onChange(value: string): void;
  inline?: boolean;
}

/** NHS.UK radios in a fieldset, with a hint under each choice when it needs explaining. */
export function Radios({ id, name, legend, legendClassName = 'nhsuk-fieldset__legend--s', hint, error, options, value, onChange, inline }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy}>
        <legend className={`nhsuk-fieldset__legend ${legendClassName}`}>{legend}</legend>
        {hint && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <div className={['nhsuk-radios', inline ? 'nhsuk-radios--inline' : null].filter(Boolean).join(' ')}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="nhsuk-radios__item" key={option.value}>
                <input
                  className="nhsuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={`${optionId}-item-hint`}>
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
