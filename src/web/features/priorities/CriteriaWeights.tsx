import { useState, type FormEvent } from 'react';
import type { Criterion } from '../../../shared/contracts/priorities.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Select, TextInput } from '../../ui/fields.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useAddCriterion, useDeleteCriterion } from './api.js';

interface Props {
  strategyId: string;
  criteria: Criterion[];
  canEdit: boolean;
  onWeight(criterionId: string, weight: number): void;
  notify: Notify;
  onError(error: unknown): void;
}

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(Number.isFinite(n) ? n : 0)));

/** Each criterion's weight as a slider with a number beside it (either moves the other), and adding or removing criteria. */
export function CriteriaWeights({ strategyId, criteria, canEdit, onWeight, notify, onError }: Props) {
  const [removing, setRemoving] = useState<Criterion | null>(null);
  const remove = useDeleteCriterion(strategyId);
  return (
    <>
      <fieldset className="nhsuk-fieldset" id="criteria-weights" tabIndex={-1}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Criteria and their weights (0 to 100)</legend>
        <ul className="nhsuk-list chorus-criteria">
          {criteria.map((c) => (
            <li key={c.id} className="chorus-criteria__row">
              <span className="chorus-criteria__name chorus-break-anywhere" id={`criterion-${c.id}`}>
                {c.name} <span className="nhsuk-body-s">({c.kind === 'value' ? 'value: higher is better' : 'effort: higher costs more'})</span>
              </span>
              {canEdit ? (
                <span className="chorus-criteria__inputs">
                  <input
                    type="range"
                    min={0}
                    max={100}
                    step={5}
                    value={c.weight}
                    aria-labelledby={`criterion-${c.id}`}
                    className="chorus-criteria__range"
                    onChange={(e) => onWeight(c.id, clamp(Number(e.target.value)))}
                  />
                  <label className="nhsuk-u-visually-hidden" htmlFor={`weight-${c.id}`}>Weight of {c.name}</label>
                  <input
                    id={`weight-${c.id}`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100}
                    value={c.weight}
                    className="nhsuk-input nhsuk-input--width-3"
                    onChange={(e) => onWeight(c.id, clamp(Number(e.target.value)))}
                  />
                  <Button variant="secondary" small onClick={() => setRemoving(c)}>
                    Remove<span className="nhsuk-u-visually-hidden"> {c.name}</span>
                  </Button>
                </span>
              ) : (
                <span>weight {c.weight}</span>
              )}
            </li>
          ))}
        </ul>
      </fieldset>
      {canEdit && <AddCriterion strategyId={strategyId} notify={notify} onError={onError} />}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove “${removing?.name ?? ''}”?`}
        confirmLabel="Remove the criterion"
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              notify(`“${removing.name}” has been removed with its scores.`);
              setRemoving(null);
            },
            onError: (error) => {
              setRemoving(null);
              onError(error);
            },
          })
        }
      >
        <p className="nhsuk-body">Every theme’s score against it is removed too, and the ranking changes.</p>
      </ConfirmDialog>
    </>
  );
}

function AddCriterion({ strategyId, notify, onError }: { strategyId: string; notify: Notify; onError(error: unknown): void }) {
  const add = useAddCriterion(strategyId);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'value' | 'effort'>('value');
  const [weight, setWeight] = useState('20');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { name, kind, weight: clamp(Number(weight)) },
      {
        onSuccess: (c) => {
          setName('');
          notify(`“${c.name}” has been added. Score each theme against it.`);
        },
        onError,
      },
    );
  };
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Add a criterion</span>
      </summary>
      <form className="nhsuk-details__text" onSubmit={submit} noValidate>
        <TextInput id="criterion-name" label="Name" value={name} onChange={setName} maxLength={120} />
        <Select id="criterion-kind" label="Kind" value={kind} onChange={(v) => setKind(v === 'effort' ? 'effort' : 'value')} options={[{ value: 'value', label: 'Value (higher is better)' }, { value: 'effort', label: 'Effort (higher costs more)' }]} />
        <TextInput id="criterion-weight" label="Weight (0 to 100)" inputMode="numeric" width={3} value={weight} onChange={setWeight} />
        <Button type="submit" variant="secondary" busy={add.isPending}>Add the criterion</Button>
      </form>
    </details>
  );
}
