import { useState, type FormEvent } from 'react';
import { PARTNERSHIP_SIDE_LABELS, type PartnershipSide } from '../../../shared/contracts/partnership.js';
import { Button } from '../../ui/Button.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { Select } from '../../ui/fields.js';
import { useFormProblem } from '../../ui/form-problem.js';
import { Radios } from '../../ui/Radios.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useWorkshop, useWorkshops } from '../workshops/api.js';
import { usePromoteNote } from './api.js';

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/**
 * Commitments are often first written on a workshop board with staff: choose a sticky note and
 * the side it belongs to, and its words are copied into the draft (the board keeps its note).
 */
export function NoteToCommitment({ strategyId, notify }: { strategyId: string; notify: Notify }) {
  const workshops = useWorkshops(strategyId);
  const [workshopId, setWorkshopId] = useState('');
  const [noteId, setNoteId] = useState('');
  const [side, setSide] = useState<PartnershipSide>('staff_can_expect');
  const workshop = useWorkshop(strategyId, workshopId);
  const promote = usePromoteNote(strategyId);
  const { problem, showError, set, field } = useFormProblem();
  const withNotes = workshops.data?.workshops.filter((w) => w.noteCount > 0) ?? [];
  const notes = workshop.data?.columns.flatMap((c) => c.notes.map((n) => ({ value: n.id, label: `${c.title}: ${shorten(n.text)}` }))) ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (promote.isPending) return;
    if (!noteId) return set({ detail: null, fields: { noteId: 'Choose a sticky note' } });
    promote.mutate(
      { noteId, side },
      {
        onSuccess: () => {
          setNoteId('');
          notify(`The note is now a commitment: ${PARTNERSHIP_SIDE_LABELS[side].toLowerCase()}.`);
        },
        onError: showError,
      },
    );
  };

  if (workshops.data && withNotes.length === 0) return null;
  return (
    <details className="nhsuk-details nhsuk-u-margin-top-4">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Use a sticky note from a workshop board</span>
      </summary>
      <div className="nhsuk-details__text">
        <form onSubmit={submit} noValidate>
          <ErrorSummary problem={problem} fieldIds={{ noteId: 'partnership-note' }} />
          <Select
            id="partnership-workshop"
            label="Workshop"
            value={workshopId}
            onChange={(id) => {
              setWorkshopId(id);
              setNoteId('');
            }}
            options={[{ value: '', label: 'Choose a workshop' }, ...withNotes.map((w) => ({ value: w.id, label: w.title }))]}
          />
          {workshopId && (
            <Select
              id="partnership-note"
              label="Sticky note"
              value={noteId}
              onChange={setNoteId}
              error={field('noteId')}
              className="chorus-partnership__note-select"
              options={[{ value: '', label: workshop.isPending ? 'Loading the board…' : 'Choose a note' }, ...notes]}
            />
          )}
          <Radios
            id="partnership-note-side"
            name="partnership-note-side"
            legend="Side"
            value={side}
            onChange={(v) => setSide(v as PartnershipSide)}
            options={(Object.keys(PARTNERSHIP_SIDE_LABELS) as PartnershipSide[]).map((s) => ({ value: s, label: PARTNERSHIP_SIDE_LABELS[s] }))}
          />
          <Button type="submit" variant="secondary" busy={promote.isPending}>
            Add it as a commitment
          </Button>
        </form>
      </div>
    </details>
  );
}
