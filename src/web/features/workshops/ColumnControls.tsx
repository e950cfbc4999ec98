import { useState, type FormEvent } from 'react';
import type { Column } from '../../../shared/contracts/workshops.js';
import { Button, ButtonGroup } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Select, TextInput } from '../../ui/fields.js';
import type { BoardCommands } from './api.js';

interface Props {
  column: Column;
  columns: Column[];
  commands: BoardCommands;
  onDone(message: string): void;
  onError(error: Error): void;
}

/**
 * Rename or remove a column. Removing a column with sticky notes asks where they should go:
 * staff's words are never deleted as a side effect of tidying the board.
 */
export function ColumnControls({ column, columns, commands, onDone, onError }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(column.title);
  const [removing, setRemoving] = useState(false);
  const others = columns.filter((c) => c.id !== column.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');

  const rename = (event: FormEvent) => {
    event.preventDefault();
    commands.renameColumn.mutate(
      { id: column.id, title },
      { onSuccess: () => { setRenaming(false); onDone(`Renamed the column to ${title.trim()}.`); }, onError },
    );
  };

  if (renaming) {
    return (
      <form onSubmit={rename} noValidate>
        <TextInput id={`rename-${column.id}`} label={`New name for ${column.title}`} value={title} onChange={setTitle} />
        <ButtonGroup>
          <Button type="submit" small busy={commands.renameColumn.isPending}>
            Save
          </Button>
          <Button variant="secondary" small onClick={() => setRenaming(false)}>
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    );
  }

  const remove = () =>
    commands.removeColumn.mutate(
      { id: column.id, moveNotesTo: column.notes.length > 0 ? target : undefined },
      { onSuccess: () => onDone(`Removed the column ${column.title}.`), onError, onSettled: () => setRemoving(false) },
    );

  return (
    <div className="chorus-board__column-actions">
      <button type="button" className="chorus-sticky__button" onClick={() => setRenaming(true)}>
        Rename<span className="nhsuk-u-visually-hidden"> the column {column.title}</span>
      </button>
      {others.length > 0 && (
        <button type="button" className="chorus-sticky__button chorus-sticky__button--warning" onClick={() => (column.notes.length ? setRemoving(true) : remove())}>
          Remove<span className="nhsuk-u-visually-hidden"> the column {column.title}</span>
        </button>
      )}
      <ConfirmDialog
        open={removing}
        title={`Remove the column “${column.title}”?`}
        confirmLabel="Move the notes and remove"
        busy={commands.removeColumn.isPending}
        onCancel={() => setRemoving(false)}
        onConfirm={remove}
      >
        <p className="nhsuk-body">
          It has {column.notes.length} sticky {column.notes.length === 1 ? 'note' : 'notes'}. They will be moved, not deleted.
        </p>
        <Select
          id={`move-to-${column.id}`}
          label="Move them to"
          options={others.map((c) => ({ value: c.id, label: c.title }))}
          value={target}
          onChange={setTarget}
        />
      </ConfirmDialog>
    </div>
  );
}

export function AddColumnForm({ commands, onDone, onError }: Pick<Props, 'commands' | 'onDone' | 'onError'>) {
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (commands.addColumn.isPending) return;
    commands.addColumn.mutate(title, { onSuccess: () => { onDone(`Added the column ${title.trim()}.`); setTitle(''); }, onError });
  };
  return (
    <form onSubmit={submit} noValidate className="chorus-board__new-column">
      <TextInput id="new-column" label="Add a column" labelClassName="nhsuk-label--s" hint="For example “Questions” or “Quick wins”" value={title} onChange={setTitle} width={20} />
      <Button type="submit" variant="secondary" busy={commands.addColumn.isPending}>
        Add the column
      </Button>
    </form>
  );
}
