import { useState } from 'react';
import { PARTNERSHIP_SIDE_LABELS, type Commitment, type PartnershipSide } from '../../../shared/contracts/partnership.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { problemFromError } from '../../ui/form-problem.js';
import { StrengthTag } from '../insights/StrengthTag.js';
import { useDeleteCommitment, useMoveCommitment } from './api.js';
import { CommitmentForm } from './CommitmentForm.js';

interface Props {
  strategyId: string;
  versionId: string;
  side: PartnershipSide;
  commitments: Commitment[];
  editable: boolean;
  notify: Notify;
}

/** One side of the partnership: its commitments in order, each with the insights it answers, and the draft's editing. */
export function CommitmentSide({ strategyId, versionId, side, commitments, editable, notify }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Commitment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const move = useMoveCommitment(versionId);
  const remove = useDeleteCommitment(versionId);
  const headingId = `partnership-${side}`;
  const failed = (e: unknown) => setError(problemFromError(e).detail ?? 'That did not work. Try again.');

  return (
    <section className="chorus-partnership__side" aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m" id={headingId}>
        {PARTNERSHIP_SIDE_LABELS[side]}
      </h2>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </p>
      )}
      {commitments.length === 0 && (
        <p className="nhsuk-body">{editable ? 'No commitments on this side yet. Add the first one below.' : 'No commitments on this side.'}</p>
      )}
      <ol className="chorus-partnership__list">
        {commitments.map((c, index) => (
          <li key={c.id} className="chorus-partnership__commitment">
            {editing === c.id ? (
              <CommitmentForm
                strategyId={strategyId}
                versionId={versionId}
                side={side}
                commitment={c}
                onCancel={() => setEditing(null)}
                onDone={(message) => {
                  setEditing(null);
                  notify(message);
                }}
              />
            ) : (
              <>
                <p className="nhsuk-body nhsuk-u-margin-bottom-2 chorus-break-anywhere">{c.text}</p>
                {c.insights.length > 0 && (
                  <ul className="nhsuk-list nhsuk-body-s chorus-partnership__insights" aria-label="Insights it answers">
                    {c.insights.map((i) => (
                      <li key={i.id} className="chorus-break-anywhere">
                        <StrengthTag level={i.strength} /> {i.statement}
                      </li>
                    ))}
                  </ul>
                )}
                {editable && (
                  <div className="chorus-partnership-buttons">
                    <Button variant="secondary" small onClick={() => setEditing(c.id)} aria-label={`Edit: ${c.text}`}>
                      Edit
                    </Button>
                    {index > 0 && (
                      <Button variant="secondary" small busy={move.isPending} aria-label={`Move up: ${c.text}`} onClick={() => move.mutate({ id: c.id, direction: 'up' }, { onError: failed })}>
                        Move up
                      </Button>
                    )}
                    {index < commitments.length - 1 && (
                      <Button variant="secondary" small busy={move.isPending} aria-label={`Move down: ${c.text}`} onClick={() => move.mutate({ id: c.id, direction: 'down' }, { onError: failed })}>
                        Move down
                      </Button>
                    )}
                    <Button variant="warning" small onClick={() => setDeleting(c)} aria-label={`Delete: ${c.text}`}>
                      Delete
                    </Button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {editable &&
        (adding ? (
          <CommitmentForm
            strategyId={strategyId}
            versionId={versionId}
            side={side}
            onCancel={() => setAdding(false)}
            onDone={(message) => {
              setAdding(false);
              notify(message);
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setAdding(true)}>
            Add a commitment<span className="nhsuk-u-visually-hidden"> to {PARTNERSHIP_SIDE_LABELS[side].toLowerCase()}</span>
          </Button>
        ))}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this commitment?"
        confirmLabel="Delete the commitment"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              notify('Commitment deleted.');
            },
            onError: (e) => {
              setDeleting(null);
              failed(e);
            },
          })
        }
      >
        <p className="nhsuk-body chorus-break-anywhere">“{deleting?.text}” will be removed from this draft. Earlier versions keep their own copy.</p>
      </ConfirmDialog>
    </section>
  );
}
