import { useState } from 'react';
import { TIME_LABELS } from '../../../shared/contracts/estate.js';
import type { PriorityOptions } from '../../../shared/contracts/priorities.js';
import { TextInput } from '../../ui/fields.js';
import { plural } from '../../ui/format.js';
import { StrengthTag } from '../insights/StrengthTag.js';

interface Props {
  options: PriorityOptions;
  fieldIds: { insightIds: string; maturityTargets: string; systemIds: string };
  insightIds: string[];
  setInsightIds(ids: string[]): void;
  systemIds: string[];
  setSystemIds(ids: string[]): void;
  targets: Record<string, number>;
  setTargets(targets: Record<string, number>): void;
  error(field: string): string | undefined;
}

const toggle = (ids: string[], id: string, on: boolean) => (on ? [...ids, id] : ids.filter((x) => x !== id));

function ErrorLine({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span className="nhsuk-error-message" id={`${id}-error`}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {message}
    </span>
  ) : null;
}

/** The insights it answers (filtered by words), the maturity targets, and the systems it concerns. */
export function LinkChoices({ options, fieldIds, insightIds, setInsightIds, systemIds, setSystemIds, targets, setTargets, error }: Props) {
  const [filter, setFilter] = useState('');
  const words = filter.trim().toLowerCase();
  // Chosen insights stay in view whatever the filter, so a choice is never hidden from the person who made it.
  const shown = options.insights.filter((i) => !words || i.statement.toLowerCase().includes(words) || insightIds.includes(i.id));
  return (
    <>
      <div className={`nhsuk-form-group${error('insightIds') ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" id={fieldIds.insightIds} tabIndex={-1}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What we heard: the insights it answers</legend>
          <ErrorLine id={fieldIds.insightIds} message={error('insightIds')} />
          {options.insights.length === 0 ? (
            <p className="nhsuk-body">This strategy has no insights yet. Write them in Define first, then link them here.</p>
          ) : (
            <>
              <TextInput id="priority-insight-filter" label="Find insights by their words" value={filter} onChange={setFilter} />
              <p className="nhsuk-body-s" aria-live="polite">
                {plural(insightIds.length, 'insight')} chosen; showing {plural(shown.length, 'insight')}.
              </p>
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small chorus-priority-choices">
                {shown.map((i) => (
                  <div className="nhsuk-checkboxes__item" key={i.id}>
                    <input className="nhsuk-checkboxes__input" id={`insight-${i.id}`} type="checkbox" checked={insightIds.includes(i.id)} onChange={(e) => setInsightIds(toggle(insightIds, i.id, e.target.checked))} />
                    <label className="nhsuk-label nhsuk-checkboxes__label chorus-break-anywhere" htmlFor={`insight-${i.id}`}>
                      {i.statement} <StrengthTag level={i.strength.level} />
                    </label>
                  </div>
                ))}
              </div>
            </>
          )}
        </fieldset>
      </div>

      <div className={`nhsuk-form-group${error('maturityTargets') ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" id={fieldIds.maturityTargets} tabIndex={-1}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">The maturity it aims for</legend>
          <div className="nhsuk-hint">Choose a target level (1 to 5) for each measure this theme should move. The current level comes from the latest assessment.</div>
          <ErrorLine id={fieldIds.maturityTargets} message={error('maturityTargets')} />
          {options.measures.length === 0 && <p className="nhsuk-body">No maturity framework yet: add one in Discover to set targets.</p>}
          {options.measures.map((m) => (
            <div className="nhsuk-form-group chorus-priority-target" key={m.id}>
              <label className="nhsuk-label" htmlFor={`target-${m.id}`}>
                {m.name} <span className="nhsuk-body-s">({m.framework}; now {m.currentLevel ?? 'not assessed'})</span>
              </label>
              <select
                id={`target-${m.id}`}
                className="nhsuk-select"
                value={targets[m.id] === undefined ? '' : String(targets[m.id])}
                onChange={(e) => {
                  const next = { ...targets };
                  if (e.target.value) next[m.id] = Number(e.target.value);
                  else delete next[m.id];
                  setTargets(next);
                }}
              >
                <option value="">No target</option>
                {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>Level {n}</option>)}
              </select>
            </div>
          ))}
        </fieldset>
      </div>

      <div className={`nhsuk-form-group${error('systemIds') ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset className="nhsuk-fieldset" id={fieldIds.systemIds} tabIndex={-1}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Systems it concerns</legend>
          <ErrorLine id={fieldIds.systemIds} message={error('systemIds')} />
          {options.systems.length === 0 && <p className="nhsuk-body">The systems register is empty: add systems in Discover to link them.</p>}
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small chorus-priority-choices">
            {options.systems.map((s) => (
              <div className="nhsuk-checkboxes__item" key={s.id}>
                <input className="nhsuk-checkboxes__input" id={`system-${s.id}`} type="checkbox" checked={systemIds.includes(s.id)} onChange={(e) => setSystemIds(toggle(systemIds, s.id, e.target.checked))} />
                <label className="nhsuk-label nhsuk-checkboxes__label chorus-break-anywhere" htmlFor={`system-${s.id}`}>
                  {s.name} <span className="nhsuk-body-s">({s.time ? TIME_LABELS[s.time] : 'no TIME decision yet'})</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </>
  );
}
