import { useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../ui/Button.js';
import { TextInput } from '../../ui/fields.js';
import { problemFromError } from '../../ui/form-problem.js';

interface Props {
  /** Unique on the page; the rename field's id is built from it. */
  id: string;
  name: string;
  /** "division", "site", "staff group": said to screen readers on each button. */
  what: string;
  canManage: boolean;
  rename(name: string, handlers: { onSuccess(): void; onError(error: unknown): void }): void;
  busy?: boolean;
  onDelete(): void;
  /** Extra controls shown beside Rename and Delete (e.g. Move up). */
  extra?: ReactNode;
  children?: ReactNode;
}

/** A name with Rename and Delete; Rename swaps the name for a small form, in place. */
export function EditableName({ id, name, what, canManage, rename, busy, onDelete, extra, children }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (draft.trim() === '') return setError(`Enter a name for the ${what}`);
    rename(draft, {
      onSuccess: () => {
        setEditing(false);
        setError(undefined);
      },
      onError: (e) => {
        const problem = problemFromError(e);
        setError(problem.fields.name ?? problem.detail ?? 'The name could not be saved');
      },
    });
  };

  if (editing) {
    return (
      <form className="chorus-rename" onSubmit={submit} noValidate>
        <TextInput id={`${id}-name`} label={`New name for ${name}`} labelClassName="nhsuk-label--s" value={draft} onChange={setDraft} error={error} autoFocus />
        <div className="chorus-row-actions">
          <Button type="submit" small busy={busy}>
            Save name
          </Button>
          <Button variant="secondary" small onClick={() => { setEditing(false); setDraft(name); setError(undefined); }}>
            Cancel
          </Button>
        </div>
      </form>
    );
  }
  return (
    <div className="chorus-named-row">
      <span className="chorus-named-row__name chorus-break-anywhere">{name}</span>
      {children}
      {canManage && (
        <div className="chorus-row-actions">
          {extra}
          <Button variant="secondary" small onClick={() => { setDraft(name); setEditing(true); }}>
            Rename<span className="nhsuk-u-visually-hidden"> {what} {name}</span>
          </Button>
          <Button variant="warning" small onClick={onDelete}>
            Delete<span className="nhsuk-u-visually-hidden"> {what} {name}</span>
          </Button>
        </div>
      )}
    </div>
  );
}
