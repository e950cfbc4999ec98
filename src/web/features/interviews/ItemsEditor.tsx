import { useState, type FormEvent } from 'react';
import { ITEM_KIND_LABELS, ITEM_KINDS, MAX_LABEL_LENGTH, ZCreateItem, type Interview, type Item, type ItemKind } from '../../../shared/contracts/interviews.js';
import { Button, ButtonGroup } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useAddItem, useDeleteItem, useUpdateItem } from './api.js';

/** The drivers and priorities named in one interview, and (for the strategy team) the forms to change them. */
export function ItemsEditor({ interview, onChange }: { interview: Interview; onChange: Notify }) {
  return (
    <section aria-labelledby="items-heading">
      <h2 className="nhsuk-heading-m" id="items-heading">
        Drivers and priorities
      </h2>
      {ITEM_KINDS.map((kind) => (
        <ItemList key={kind} kind={kind} interview={interview} onChange={onChange} />
      ))}
      {interview.can.update && <AddItemForm interview={interview} onChange={onChange} />}
    </section>
  );
}

function ItemList({ kind, interview, onChange }: { kind: ItemKind; interview: Interview; onChange: Notify }) {
  const items = interview.items.filter((item) => item.kind === kind);
  return (
    <>
      <h3 className="nhsuk-heading-s">{ITEM_KIND_LABELS[kind].many}</h3>
      {items.length === 0 ? (
        <p className="nhsuk-body chorus-muted">None recorded.</p>
      ) : (
        <ul className="nhsuk-list chorus-items">
          {items.map((item) => (
            <ItemRow key={item.id} item={item} interview={interview} onChange={onChange} />
          ))}
        </ul>
      )}
    </>
  );
}

function ItemRow({ item, interview, onChange }: { item: Item; interview: Interview; onChange: Notify }) {
  const [editing, setEditing] = useState(false);
  const remove = useDeleteItem(interview.strategyId, interview.id);
  if (editing) return <EditItemForm item={item} interview={interview} onDone={(message) => { setEditing(false); if (message) onChange(message); }} />;
  return (
    <li className="chorus-items__item">
      <p className="nhsuk-body nhsuk-u-margin-bottom-1 chorus-break-anywhere">
        <strong>{item.label}</strong>
      </p>
      {item.detail && <p className="nhsuk-body-s nhsuk-u-margin-bottom-1 chorus-break-anywhere">{item.detail}</p>}
      {item.topicLabel !== item.label && (
        <p className="nhsuk-body-s chorus-muted nhsuk-u-margin-bottom-1">Counted with: {item.topicLabel}</p>
      )}
      {interview.can.update && (
        <div className="chorus-row-actions">
          <Button variant="secondary" small onClick={() => setEditing(true)}>
            Edit<span className="nhsuk-u-visually-hidden"> {item.label}</span>
          </Button>
          <Button
            variant="warning"
            small
            busy={remove.isPending}
            onClick={() => remove.mutate(item.id, { onSuccess: () => onChange(`"${item.label}" has been removed.`) })}
          >
            Remove<span className="nhsuk-u-visually-hidden"> {item.label}</span>
          </Button>
        </div>
      )}
      {remove.isError && <p className="nhsuk-error-message">{remove.error.message}</p>}
    </li>
  );
}

function EditItemForm({ item, interview, onDone }: { item: Item; interview: Interview; onDone(message: string | null): void }) {
  const form = useFormProblem();
  const update = useUpdateItem(interview.strategyId, interview.id);
  const [label, setLabel] = useState(item.label);
  const [detail, setDetail] = useState(item.detail ?? '');
  const ids = { label: `edit-${item.id}-label`, detail: `edit-${item.id}-detail` };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    update.mutate({ id: item.id, label, detail: detail.trim() || null }, { onSuccess: () => onDone(`"${label.trim()}" has been saved.`), onError: form.showError });
  };
  return (
    <li className="chorus-items__item">
      <ErrorSummary problem={form.problem} fieldIds={ids} />
      <form onSubmit={submit} noValidate>
        <TextInput id={ids.label} label="Short label" value={label} onChange={setLabel} error={form.field('label')} maxLength={MAX_LABEL_LENGTH * 2} />
        <TextInput id={ids.detail} label="Detail (optional)" value={detail} onChange={setDetail} error={form.field('detail')} />
        <ButtonGroup>
          <Button type="submit" small busy={update.isPending}>
            Save
          </Button>
          <Button variant="secondary" small onClick={() => onDone(null)}>
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    </li>
  );
}

const addIds = { kind: 'item-kind', label: 'item-label', detail: 'item-detail' };

function AddItemForm({ interview, onChange }: { interview: Interview; onChange: Notify }) {
  const form = useFormProblem();
  const add = useAddItem(interview.strategyId, interview.id);
  const [kind, setKind] = useState<ItemKind>('driver');
  const [label, setLabel] = useState('');
  const [detail, setDetail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const parsed = ZCreateItem.safeParse({ kind, label, detail });
    if (!parsed.success) return form.showZod(parsed.error);
    form.clear();
    add.mutate(parsed.data, {
      onSuccess: (item) => {
        setLabel('');
        setDetail('');
        onChange(
          item.topicLabel === item.label
            ? `"${item.label}" has been added.`
            : `"${item.label}" has been added, counted with "${item.topicLabel}".`,
        );
      },
      onError: form.showError,
    });
  };
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">Add a driver or priority</h3>
        <ErrorSummary problem={form.problem} fieldIds={addIds} />
        <form onSubmit={submit} noValidate>
          <Radios
            id={addIds.kind}
            name="kind"
            legend="Kind"
            inline
            options={ITEM_KINDS.map((k) => ({ value: k, label: ITEM_KIND_LABELS[k].one }))}
            value={kind}
            onChange={(value) => setKind(value as ItemKind)}
            error={form.field('kind')}
          />
          <TextInput
            id={addIds.label}
            label="Short label"
            labelClassName="nhsuk-label--s"
            hint={`Up to ${MAX_LABEL_LENGTH} characters, like "Patient portal". A label another leader used is counted with theirs.`}
            value={label}
            onChange={setLabel}
            error={form.field('label')}
          />
          <TextInput id={addIds.detail} label="Detail (optional)" labelClassName="nhsuk-label--s" value={detail} onChange={setDetail} error={form.field('detail')} />
          <Button type="submit" variant="secondary" busy={add.isPending}>
            Add
          </Button>
        </form>
      </div>
    </div>
  );
}
