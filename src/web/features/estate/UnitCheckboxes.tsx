import type { Workforce } from '../../../shared/contracts/workforce.js';

interface Props {
  id: string;
  workforce: Workforce;
  value: string[];
  onChange(ids: string[]): void;
  error?: string | undefined;
}

/** Divisions and sites from the workforce module, as NHS.UK checkboxes in two groups. */
export function UnitCheckboxes({ id, workforce, value, onChange, error }: Props) {
  const toggle = (unitId: string, checked: boolean) => onChange(checked ? [...value, unitId] : value.filter((v) => v !== unitId));
  const groups = [
    { legend: 'Divisions that use it', units: workforce.divisions },
    { legend: 'Sites where it is used', units: workforce.sites },
  ];
  if (workforce.divisions.length === 0 && workforce.sites.length === 0) {
    return <p className="nhsuk-body">This organisation has no divisions or sites yet. Add them under Workforce to record where systems are used.</p>;
  }
  let first = true;
  return (
    <>
      {groups
        .filter((g) => g.units.length > 0)
        .map((group) => (
          <div key={group.legend} className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{group.legend}</legend>
              {error && first && (
                <span className="nhsuk-error-message">
                  <span className="nhsuk-u-visually-hidden">Error:</span> {error}
                </span>
              )}
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {group.units.map((unit) => {
                  // The first box of the first group carries the field's id, for the error summary's link.
                  const boxId = first ? id : `${id}-${unit.id}`;
                  first = false;
                  return (
                    <div className="nhsuk-checkboxes__item" key={unit.id}>
                      <input
                        className="nhsuk-checkboxes__input"
                        id={boxId}
                        type="checkbox"
                        checked={value.includes(unit.id)}
                        onChange={(event) => toggle(unit.id, event.target.checked)}
                      />
                      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={boxId}>
                        {unit.name}
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </div>
        ))}
    </>
  );
}
