interface Props {
  capabilities: { capability: string; systems: number }[];
  open: ReadonlySet<string>;
  onChange(open: Set<string>): void;
}

/**
 * The keyboard's way to open capabilities on a large map (a click on a circle does the same):
 * one checkbox per capability, in a details element so the page stays short.
 */
export function CapabilityChooser({ capabilities, open, onChange }: Props) {
  const toggle = (capability: string, checked: boolean) => {
    const next = new Set(open);
    if (checked) next.add(capability);
    else next.delete(capability);
    onChange(next);
  };
  const summary = open.size === 0 ? 'every capability is closed' : `${open.size} of ${capabilities.length} open`;
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Show the systems of some capabilities ({summary})</span>
      </summary>
      <div className="nhsuk-details__text">
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Capabilities drawn as their systems</legend>
            <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
              {capabilities.map(({ capability, systems }, i) => (
                <div className="nhsuk-checkboxes__item" key={capability}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`map-capability-${i}`}
                    type="checkbox"
                    checked={open.has(capability)}
                    onChange={(e) => toggle(capability, e.target.checked)}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`map-capability-${i}`}>
                    {capability} ({systems.toLocaleString('en-GB')} {systems === 1 ? 'system' : 'systems'})
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        {open.size > 0 && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => onChange(new Set())}>
            Close every capability
          </button>
        )}
      </div>
    </details>
  );
}
