import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select, TextInput } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';

interface Props {
  id: string;
  heading: string;
  label: string;
  hint?: string;
  button: string;
  /** For a department: the divisions to choose from. */
  parents?: { id: string; name: string }[];
  busy: boolean;
  add(input: { name: string; parentId?: string }, handlers: { onSuccess(): void; onError(error: unknown): void }): void;
}

/** "Add a division", "Add a site", "Add a staff group", "Add a department" (with its division). */
export function AddNameForm({ id, heading, label, hint, button, parents, busy, add }: Props) {
  const form = useFormProblem();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const fieldIds = { parentId: `${id}-division`, name: `${id}-name` };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fields: Record<string, string> = {};
    if (parents && !parentId) fields.parentId = 'Choose the division this department belongs to';
    if (name.trim() === '') fields.name = `Enter ${label.toLowerCase()}`;
    if (Object.keys(fields).length > 0) return form.set({ detail: null, fields });
    form.clear();
    add(parents ? { name, parentId } : { name }, {
      onSuccess: () => {
        setName('');
      },
      onError: form.showError,
    });
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 className="nhsuk-heading-s" id={`${id}-heading`}>{heading}</h3>
      <ErrorSummary problem={form.problem} fieldIds={fieldIds} />
      <form onSubmit={submit} noValidate>
        {parents && (
          <Select
            id={fieldIds.parentId}
            label="Division"
            value={parentId}
            onChange={setParentId}
            options={[{ value: '', label: 'Choose a division' }, ...parents.map((p) => ({ value: p.id, label: p.name }))]}
            error={form.field('parentId')}
          />
        )}
        <TextInput id={fieldIds.name} label={label} hint={hint} value={name} onChange={setName} error={form.field('name')} width={30} />
        <Button type="submit" variant="secondary" busy={busy}>{button}</Button>
      </form>
    </section>
  );
}
