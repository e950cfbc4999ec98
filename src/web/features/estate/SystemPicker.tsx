import { useState } from 'react';

interface Props {
  /** Id of the filter box (the error summary links there). */
  id: string;
  systems: { id: string; name: string }[];
  value: string[];
  onChange(ids: string[]): void;
  error?: string | undefined;
}

/**
 * Many systems to choose from: a filter box narrows the checkboxes, and the chosen ones stay
 * listed (and counted) even when the filter hides them, so nothing is unticked unseen.
 */
export function SystemPicker({ id, systems, value, onChange, error }: Props) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const shown = systems.filter((s) => value.includes(s.id) || s.name.toLowerCase().includes(needle));
  const toggle = (systemId: string, checked: boolean) => onChange(checked ? [...value, systemId] : value.filter((v) => v !== systemId));
  return (
    <div className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={`${id}-count`}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Systems affected</legend>
        {error && (
          <span className="nhsuk-error-message">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <label className="nhsuk-label" htmlFor={id}>
          Filter systems by name
        </label>
        <input id={id} className="nhsuk-input nhsuk-input--width-20" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <p className="nhsuk-body-s" id={`${id}-count`} role="status">
          {value.length} chosen, {shown.length} of {systems.length} shown
        </p>
        {systems.length === 0 && <p className="nhsuk-body">The register has no systems yet.</p>}
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small chorus-picker">
          {shown.map((s) => (
            <div className="nhsuk-checkboxes__item" key={s.id}>
              <input
                className="nhsuk-checkboxes__input"
                id={`${id}-${s.id}`}
                type="checkbox"
                checked={value.includes(s.id)}
                onChange={(event) => toggle(s.id, event.target.checked)}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-${s.id}`}>
                {s.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
