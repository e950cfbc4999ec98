import type { Choice } from '../../../shared/contracts/survey-definition.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useLiveSystems } from '../staff-voice/api.js';

interface Props {
  id: string;
  orgId: string;
  /** The systems the question asks about now (names as copied when chosen). */
  current: Choice[];
  chosen: string[];
  /** Systems people have rated: they cannot be taken out of the question. */
  locked: string[];
  error?: string | undefined;
  onChange(systemIds: string[]): void;
}

/**
 * Which systems of the register a systems question asks about. The register is listed
 * most-used first; a survey about sixty systems is too long, so the team picks a short list.
 * A system retired or renamed since it was chosen keeps the name the survey shows.
 */
export function SystemsPicker({ id, orgId, current, chosen, locked, error, onChange }: Props) {
  const live = useLiveSystems(orgId);
  if (live.isPending) return <Loading what="the systems register" />;
  if (live.isError) return <LoadError error={live.error} what="The systems register" />;
  const liveIds = new Set(live.data.systems.map((s) => s.id));
  const gone = current.filter((c) => !liveIds.has(c.key));
  const items = [
    ...gone.map((c) => ({ id: c.key, label: `${c.label} (no longer in the live register)` })),
    ...live.data.systems.map((s) => ({ id: s.id, label: s.userCount === null ? s.name : `${s.name} (${s.userCount.toLocaleString('en-GB')} users)` })),
  ];
  const toggle = (systemId: string, on: boolean) => onChange(on ? [...chosen, systemId] : chosen.filter((c) => c !== systemId));
  return (
    <div className={['nhsuk-form-group', error ? 'nhsuk-form-group--error' : null].filter(Boolean).join(' ')}>
      <fieldset className="nhsuk-fieldset" aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Systems to ask about</legend>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          Choose the systems most people use; 10 to 15 keeps the survey short. {chosen.length} chosen.
        </div>
        {error && <span className="nhsuk-error-message" id={`${id}-error`}><span className="nhsuk-u-visually-hidden">Error:</span> {error}</span>}
        {items.length === 0 ? (
          <p className="nhsuk-body">The systems register is empty. Add systems to the register first.</p>
        ) : (
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            {items.map((item, i) => {
              const inputId = i === 0 ? id : `${id}-${item.id}`;
              const isLocked = locked.includes(item.id) && chosen.includes(item.id);
              return (
                <div key={item.id} className="nhsuk-checkboxes__item">
                  <input className="nhsuk-checkboxes__input" id={inputId} type="checkbox" checked={chosen.includes(item.id)} disabled={isLocked}
                    onChange={(event) => toggle(item.id, event.target.checked)} />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={inputId}>
                    {item.label}
                    {isLocked && <span className="chorus-muted"> – people have rated it, so it stays</span>}
                  </label>
                </div>
              );
            })}
          </div>
        )}
      </fieldset>
    </div>
  );
}
