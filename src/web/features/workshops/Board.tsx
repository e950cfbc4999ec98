import { useState, type FormEvent } from 'react';
import { MAX_NOTE_LENGTH, type Column, type StickyNote, type Workshop } from '../../../shared/contracts/workshops.js';
import { ActionsMenu } from '../../ui/ActionsMenu.js';
import { Button, ButtonGroup } from '../../ui/Button.js';
import { MoveFeedback, useMoveFeedback } from '../../ui/move-feedback.js';
import { Textarea } from '../../ui/Textarea.js';
import { useBoard, type BoardCommands } from './api.js';
import { ColumnControls, AddColumnForm } from './ColumnControls.js';
import './board.scss';

/** A short form of a note for button names and announcements. */
export const brief = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * The workshop's board. Each note has one Actions list (Move up, down, left, right, Edit,
 * Delete) rather than six buttons; every move is a button in it, so it works
 * from the keyboard and with a screen reader; each outcome is announced politely through
 * one live region, and focus follows the moved note.
 */
export function Board({ workshop }: { workshop: Workshop }) {
  const commands = useBoard(workshop.strategyId, workshop.id);
  const columns = workshop.columns;
  const feedback = useMoveFeedback('note-', workshop);
  const { announce, fail, focusAfterRedraw } = feedback;

  const move = (note: StickyNote, columnIndex: number, index: number) => {
    const target = columns[columnIndex];
    if (!target || commands.moveNote.isPending) return;
    commands.moveNote.mutate(
      { id: note.id, columnId: target.id, index },
      {
        onSuccess: (board) => {
          const column = board.columns.find((c) => c.id === target.id);
          const position = (column?.notes.findIndex((n) => n.id === note.id) ?? 0) + 1;
          announce(`Moved “${brief(note.text)}” to ${target.title}, position ${position} of ${column?.notes.length ?? position}.`);
          focusAfterRedraw(note.id);
        },
        onError: fail,
      },
    );
  };

  return (
    <section aria-labelledby="board-heading">
      <h2 className="nhsuk-heading-m" id="board-heading">
        Sticky notes
      </h2>
      <MoveFeedback announcement={feedback.announcement} error={feedback.error} />
      <div className="chorus-board">
        {columns.map((column, columnIndex) => (
          <section key={column.id} className="chorus-board__column" aria-labelledby={`column-${column.id}`}>
            <h3 className="nhsuk-heading-s chorus-board__title chorus-break-anywhere" id={`column-${column.id}`}>
              {column.title} <span className="chorus-muted nhsuk-body-s">({column.notes.length})</span>
            </h3>
            {workshop.can.update && <ColumnControls column={column} columns={columns} commands={commands} onDone={announce} onError={fail} />}
            <ol className="chorus-board__notes">
              {column.notes.map((note, index) => (
                <NoteCard
                  key={note.id}
                  note={note}
                  canUpdate={workshop.can.update}
                  commands={commands}
                  first={index === 0}
                  last={index === column.notes.length - 1}
                  leftColumn={columns[columnIndex - 1]}
                  rightColumn={columns[columnIndex + 1]}
                  onMove={(dColumn, dIndex) =>
                    move(note, columnIndex + dColumn, dColumn === 0 ? index + dIndex : Math.min(index, (columns[columnIndex + dColumn]?.notes.length ?? 0)))
                  }
                  onDone={announce}
                  onError={fail}
                />
              ))}
            </ol>
            {column.notes.length === 0 && <p className="nhsuk-body-s chorus-muted">No sticky notes.</p>}
            {workshop.can.update && <AddNoteForm column={column} commands={commands} onDone={announce} onError={fail} />}
          </section>
        ))}
      </div>
      {workshop.can.update && <AddColumnForm commands={commands} onDone={announce} onError={fail} />}
    </section>
  );
}

interface NoteProps {
  note: StickyNote;
  canUpdate: boolean;
  commands: BoardCommands;
  first: boolean;
  last: boolean;
  leftColumn: Column | undefined;
  rightColumn: Column | undefined;
  onMove(dColumn: number, dIndex: number): void;
  onDone(message: string): void;
  onError(error: Error): void;
}

function NoteCard({ note, canUpdate, commands, first, last, leftColumn, rightColumn, onMove, onDone, onError }: NoteProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const save = (event: FormEvent) => {
    event.preventDefault();
    commands.editNote.mutate(
      { id: note.id, text },
      { onSuccess: () => { setEditing(false); onDone('The sticky note has been saved.'); }, onError },
    );
  };
  return (
    <li className="chorus-sticky" id={`note-${note.id}`} tabIndex={-1}>
      {editing ? (
        <form onSubmit={save} noValidate>
          <Textarea id={`edit-${note.id}`} label="Sticky note" rows={3} maxLength={MAX_NOTE_LENGTH} value={text} onChange={setText} />
          <ButtonGroup>
            <Button type="submit" small busy={commands.editNote.isPending}>
              Save
            </Button>
            <Button variant="secondary" small onClick={() => { setText(note.text); setEditing(false); }}>
              Cancel
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        <p className="nhsuk-body chorus-sticky__text chorus-break-anywhere">{note.text}</p>
      )}
      {canUpdate && !editing && (
        <ActionsMenu
          forWhat={`for the note: ${brief(note.text)}`}
          actions={[
            ...(first ? [] : [{ label: 'Move up', run: () => onMove(0, -1) }]),
            ...(last ? [] : [{ label: 'Move down', run: () => onMove(0, 1) }]),
            ...(leftColumn ? [{ label: `Move left to ${leftColumn.title}`, run: () => onMove(-1, 0) }] : []),
            ...(rightColumn ? [{ label: `Move right to ${rightColumn.title}`, run: () => onMove(1, 0) }] : []),
            { label: 'Edit', run: () => setEditing(true) },
            {
              label: 'Delete',
              warning: true,
              run: () => commands.deleteNote.mutate(note.id, { onSuccess: () => onDone(`Deleted “${brief(note.text)}”.`), onError }),
            },
          ]}
        />
      )}
    </li>
  );
}

function AddNoteForm({ column, commands, onDone, onError }: { column: Column; commands: BoardCommands; onDone(m: string): void; onError(e: Error): void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (commands.addNote.isPending) return;
    if (!text.trim()) return setProblem('Enter the text of the sticky note');
    setProblem(undefined);
    commands.addNote.mutate(
      { columnId: column.id, text },
      { onSuccess: () => { setText(''); onDone(`Added a sticky note to ${column.title}.`); }, onError },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="chorus-board__add">
      <Textarea
        id={`add-${column.id}`}
        label={<>New sticky note<span className="nhsuk-u-visually-hidden"> in {column.title}</span></>}
        labelClassName="nhsuk-label--s"
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        value={text}
        onChange={setText}
        error={problem}
      />
      <Button type="submit" variant="secondary" small busy={commands.addNote.isPending}>
        Add<span className="nhsuk-u-visually-hidden"> to {column.title}</span>
      </Button>
    </form>
  );
}
