/** A group of checkboxes for linking records (projects, insights), in the NHS.UK pattern. */
export function LinkChoices({ id, legend, empty, error, choices, chosen, onChange }: {
  id: string;
  legend: string;
  empty: string;
  error?: string | undefined;
  choices: { id: string; label: string }[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" id={id} tabIndex={-1}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {error && <span className="nhsuk-error-message"><span className="nhsuk-u-visually-hidden">Error:</span> {error}</span>}
        {choices.length === 0 && <p className="nhsuk-body-s">{empty}</p>}
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small chorus-roadmap-choices">
          {choices.map((c) => (
            <div className="nhsuk-checkboxes__item" key={c.id}>
              <input className="nhsuk-checkboxes__input" id={`${id}-${c.id}`} type="checkbox" checked={chosen.includes(c.id)}
                onChange={(event) => onChange(event.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))} />
              <label className="nhsuk-label nhsuk-checkboxes__label chorus-break-anywhere" htmlFor={`${id}-${c.id}`}>{c.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
