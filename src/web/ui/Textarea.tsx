import type { ReactNode, TextareaHTMLAttributes } from 'react';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  labelClassName?: string | undefined;
  labelHidden?: boolean | undefined;
  /** Shows "n of max characters" under the box, announced only when the person stops typing. */
  maxLength?: number | undefined;
}

/** The NHS.UK textarea with label, hint and inline error, in the pattern of `fields.tsx`. */
export function Textarea({ id, label, hint, error, value, onChange, labelClassName, labelHidden, maxLength, rows = 5, ...rest }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, maxLength ? `${id}-count` : null].filter(Boolean).join(' ') || undefined;
  const over = maxLength !== undefined && value.length > maxLength;
  return (
    <div className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
      <label className={['nhsuk-label', labelClassName, labelHidden ? 'nhsuk-u-visually-hidden' : null].filter(Boolean).join(' ')} htmlFor={id}>
        {label}
      </label>
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
      <textarea
        {...rest}
        id={id}
        name={rest.name ?? id}
        rows={rows}
        className={['nhsuk-textarea', error || over ? 'nhsuk-textarea--error' : null].filter(Boolean).join(' ')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
      {maxLength !== undefined && (
        <div id={`${id}-count`} className={over ? 'nhsuk-error-message' : 'nhsuk-hint'}>
          {over
            ? `You have ${(value.length - maxLength).toLocaleString('en-GB')} characters too many`
            : `You have ${(maxLength - value.length).toLocaleString('en-GB')} characters remaining`}
        </div>
      )}
    </div>
  );
}
