import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type SyntheticEvent } from 'react';
import type { Excerpt, ExcerptList } from '../../../shared/contracts/excerpts.js';
import { api } from '../../app/api.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { formatDate } from '../../ui/format.js';
import { Loading, LoadError } from '../../ui/status.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { ExcerptTagPicker } from './ExcerptTagPicker.js';
import './excerpts.scss';

const url = (strategyId: string, interviewId: string) => `/strategies/${strategyId}/interviews/${interviewId}/excerpts`;
const key = (interviewId: string) => ['excerpts', interviewId] as const;

interface Props {
  strategyId: string;
  interviewId: string;
  notes: string;
  onChange: Notify;
}

/**
 * Passages of an interview's notes saved as evidence of their own. The notes are shown in a
 * read-only text box so a passage can be selected with the mouse or, without one, with Shift and
 * the arrow keys; the box's selection gives the same UTF-16 offsets the server checks.
 */
export function ExcerptsPanel({ strategyId, interviewId, notes, onChange }: Props) {
  const client = useQueryClient();
  const list = useQuery({ queryKey: key(interviewId), queryFn: () => api.get<ExcerptList>(url(strategyId, interviewId)) });
  const save = useMutation({
    mutationFn: (range: { start: number; end: number }) => api.post<Excerpt>(url(strategyId, interviewId), range),
    onSuccess: () => client.invalidateQueries({ queryKey: key(interviewId) }),
  });
  const [cutting, setCutting] = useState(false);
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const [range, setRange] = useState({ start: 0, end: 0 });
  const box = useRef<HTMLTextAreaElement>(null);
  const selected = notes.slice(range.start, range.end).trim();
  const track = (event: SyntheticEvent<HTMLTextAreaElement>) =>
    setRange({ start: event.currentTarget.selectionStart, end: event.currentTarget.selectionEnd });

  const submit = () => {
    if (!selected) {
      box.current?.focus();
      return;
    }
    save.mutate(range, {
      onSuccess: (excerpt) => {
        onChange(`The excerpt "${excerpt.text.length > 60 ? `${excerpt.text.slice(0, 60)}…` : excerpt.text}" has been saved.`);
        setRange({ start: 0, end: 0 });
        setCutting(false);
        setJustSaved(excerpt.id);
      },
    });
  };

  return (
    <section aria-labelledby="excerpts-heading">
      <h2 className="nhsuk-heading-m" id="excerpts-heading">
        Excerpts
      </h2>
      {list.isPending && <Loading what="the excerpts" />}
      {list.isError && <LoadError error={list.error} what="The excerpts" />}
      {list.data && (
        <>
          {list.data.excerpts.length === 0 ? (
            <p className="nhsuk-body">
              No passages have been saved yet.{list.data.can.create ? ' Cut an excerpt to use a passage as evidence and tag it.' : ''}
            </p>
          ) : (
            <ul className="nhsuk-list chorus-excerpts">
              {list.data.excerpts.map((excerpt) => (
                <ExcerptRow key={excerpt.id} excerpt={excerpt} canDelete={list.data.can.delete} strategyId={strategyId} onChange={onChange} />
              ))}
            </ul>
          )}
          {justSaved && <ExcerptTagPicker strategyId={strategyId} excerptId={justSaved} onDone={() => setJustSaved(null)} />}
          {list.data.can.create && !cutting && (
            <Button variant="secondary" onClick={() => setCutting(true)}>
              Cut an excerpt
            </Button>
          )}
          {list.data.can.create && cutting && (
            <div className="chorus-excerpt-cutter">
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-label--s" htmlFor="excerpt-notes">
                  Select the passage in the notes
                </label>
                <div className="nhsuk-hint" id="excerpt-notes-hint">
                  Select with the mouse, or move to the first word with the arrow keys and hold Shift while moving to the last. Then
                  choose Save selected passage.
                </div>
                <textarea
                  ref={box}
                  id="excerpt-notes"
                  className="nhsuk-textarea chorus-excerpt-notes"
                  aria-describedby="excerpt-notes-hint excerpt-selected"
                  // Not readOnly: Chromium gives a read-only box no caret, so Shift+arrows could not
                  // select. The value is controlled, so typing changes nothing.
                  aria-readonly="true"
                  rows={12}
                  value={notes}
                  onChange={() => {}}
                  onSelect={track}
                  onKeyUp={track}
                  onMouseUp={track}
                />
              </div>
              <p className="nhsuk-body-s" id="excerpt-selected" aria-live="polite">
                {selected ? `Selected: ${selected.length > 120 ? `${selected.slice(0, 120)}…` : selected}` : 'Nothing is selected yet.'}
              </p>
              {save.isError && (
                <p className="nhsuk-error-message" role="alert">
                  {save.error.message}
                </p>
              )}
              <div className="nhsuk-button-group">
                <Button onClick={submit} busy={save.isPending}>
                  Save selected passage
                </Button>
                <Button variant="secondary" onClick={() => setCutting(false)}>
                  Cancel
                </Button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function ExcerptRow({ excerpt, canDelete, strategyId, onChange }: { excerpt: Excerpt; canDelete: boolean; strategyId: string; onChange: Notify }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.delete(`${url(strategyId, excerpt.interviewId)}/${excerpt.id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: key(excerpt.interviewId) }),
  });
  return (
    <li className="chorus-excerpt">
      <blockquote className="chorus-excerpt__text">{excerpt.text}</blockquote>
      {excerpt.sourceChanged && (
        <p className="nhsuk-body-s chorus-excerpt__changed">
          <strong>The notes have changed since this was cut.</strong> The excerpt keeps the words it had.
        </p>
      )}
      <p className="nhsuk-body-s chorus-muted">
        Cut by {excerpt.createdBy ?? 'a former member'} on {formatDate(excerpt.createdAt.slice(0, 10))}
      </p>
      {canDelete && (
        <Button variant="secondary" small onClick={() => setConfirming(true)}>
          Delete<span className="nhsuk-u-visually-hidden"> the excerpt starting “{excerpt.text.slice(0, 40)}”</span>
        </Button>
      )}
      {remove.isError && <p className="nhsuk-error-message">{remove.error.message}</p>}
      <ConfirmDialog
        open={confirming}
        title="Delete this excerpt?"
        confirmLabel="Delete the excerpt"
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => onChange('The excerpt has been deleted. The interview notes are unchanged.'),
            onSettled: () => setConfirming(false),
          })
        }
      >
        The passage and any tags on it will be removed from the evidence. The interview notes are not changed.
      </ConfirmDialog>
    </li>
  );
}
