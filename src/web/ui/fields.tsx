import { useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

/**
 * Form fields in the NHS.UK pattern: label, optional hint, inline error (announced through
 * aria-describedby), and the error styling on the group and the control.
 */

interface GroupProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  /** Visually hide the label when the surrounding context already names the field. */
  labelHidden?: boolean | undefined;
  labelClassName?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
  className?: string | undefined;
}

function FieldGroup({ id, label, hint, error, labelHidden, labelClassName, children, className }: GroupProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const labelClasses = ['nhsuk-label', labelClassName, labelHidden ? 'nhsuk-u-visually-hidden' : null].filter(Boolean).join(' ');
  return (
    <div className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null, className].filter(Boolean).join(' ')}>
      <label className={labelClasses} htmlFor={id}>
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
      {children(describedBy)}
    </div>
  );
}

type Width = 2 | 3 | 4 | 5 | 10 | 20 | 30;

interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  width?: Width | undefined;
  labelHidden?: boolean | undefined;
  labelClassName?: string | undefined;
}

export function TextInput({ id, label, hint, error, value, onChange, width, labelHidden, labelClassName, className, ...rest }: TextInputProps) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error} labelHidden={labelHidden} labelClassName={labelClassName}>
      {(describedBy) => (
        <input
          {...rest}
          id={id}
          name={rest.name ?? id}
          className={['nhsuk-input', width ? `nhsuk-input--width-${width}` : null, error ? 'nhsuk-input--error' : null, className]
            .filter(Boolean)
            .join(' ')}
          type={rest.type ?? 'text'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      )}
    </FieldGroup>
  );
}

type PasswordInputProps = Omit<TextInputProps, 'type' | 'width'>;

/** A password field with a Show/Hide button, as the NHS.UK password input component has. */
export function PasswordInput({ id, label, hint, error, value, onChange, autoComplete, ...rest }: PasswordInputProps) {
  const [shown, setShown] = useState(false);
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error} className="nhsuk-password-input">
      {(describedBy) => (
        <div className="nhsuk-input-wrapper">
          <input
            {...rest}
            id={id}
            name={rest.name ?? id}
            className={['nhsuk-input', 'nhsuk-password-input__input', error ? 'nhsuk-input--error' : null].filter(Boolean).join(' ')}
            type={shown ? 'text' : 'password'}
            autoComplete={autoComplete}
            spellCheck={false}
            autoCapitalize="none"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-password-input__toggle"
            aria-controls={id}
            aria-label={shown ? 'Hide password' : 'Show password'}
            onClick={() => setShown((s) => !s)}
          >
            {shown ? 'Hide' : 'Show'}
          </button>
        </div>
      )}
    </FieldGroup>
  );
}

interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  labelHidden?: boolean | undefined;
  labelClassName?: string | undefined;
}

export function Select({ id, label, hint, error, value, onChange, options, labelHidden, labelClassName, className, ...rest }: SelectProps) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error} labelHidden={labelHidden} labelClassName={labelClassName}>
      {(describedBy) => (
        <select
          {...rest}
          id={id}
          name={rest.name ?? id}
          className={['nhsuk-select', error ? 'nhsuk-select--error' : null, className].filter(Boolean).join(' ')}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldGroup>
  );
}

interface FileUploadProps {
  id: string;
  label: ReactNode;
  error?: string | undefined;
  accept: string;
  /** Called with the chosen file, or null when the choice is cleared. */
  onFile: (file: File | null) => void;
  className?: string | undefined;
}

/** A file input in the NHS.UK pattern; the caller reads the file when the form is sent. */
export function FileUpload({ id, label, error, accept, onFile, className }: FileUploadProps) {
  return (
    <FieldGroup id={id} label={label} error={error} labelClassName="nhsuk-label--s">
      {(describedBy) => (
        <input
          id={id}
          name={id}
          type="file"
          accept={accept}
          className={['nhsuk-file-upload', className].filter(Boolean).join(' ')}
          aria-describedby={describedBy}
          onChange={(event) => onFile(event.target.files?.[0] ?? null)}
        />
      )}
    </FieldGroup>
  );
}
