import { useState } from 'react';
import { todayInLondon } from '../../../shared/calendar-date.js';
import type { Milestone } from '../../../shared/contracts/delivery.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { Tag } from '../../ui/Tag.js';
import { useDeleteMilestone, useUpdateMilestone } from './api.js';
import { MilestoneForm } from './MilestoneForm.js';

/** Done, overdue, or simply due: in words, with colour only as a second sign. */
function MilestoneTag({ milestone }: { milestone: Milestone }) {
  if (milestone.doneOn) return <Tag colour="green">Done {milestone.doneOnLabel}</Tag>;
  if (milestone.overdue) return <Tag colour="red">Overdue</Tag>;
  return <Tag colour="grey">Not done yet</Tag>;
}

interface Props {
  initiativeId: string;
  milestones: Milestone[];
  canManage: boolean;
  notify: Notify;
}

/**
 * An initiative's milestones by due date, each done or overdue, and for the strategy team the
 * buttons to mark one done today, change or delete it (after asking), and a form to add one.
 */
export function Milestones({ initiativeId, milestones, canManage, notify }: Props) {
  const update = useUpdateMilestone();
  const remove = useDeleteMilestone();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Milestone | null>(null);
  const markDone = (m: Milestone) => update.mutate({ id: m.id, doneOn: todayInLondon() }, { onSuccess: () => notify(`“${m.title}” is marked done today.`) });
  const failure = update.error ?? remove.error;

  return (
    <section aria-labelledby="milestones-heading">
      <h3 className="nhsuk-heading-s" id="milestones-heading">Milestones</h3>
      {milestones.length === 0 ? (
        <p className="nhsuk-body">No milestones yet.{canManage ? ' Add the first below.' : ''}</p>
      ) : (
        <ul className="nhsuk-list chorus-milestones">
          {milestones.map((m) => (
            <li key={m.id} className="chorus-milestone">
              {editingId === m.id ? (
                <MilestoneForm
                  initiativeId={initiativeId}
                  editing={m}
                  onSaved={(title) => {
                    setEditingId(null);
                    notify(`“${title}” has been saved.`);
                  }}
                  onCancel={() => setEditingId(null)}
                />
              ) : (
                <>
                  <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                    <strong className="chorus-break-anywhere">{m.title}</strong>, due {m.dueOnLabel} <MilestoneTag milestone={m} />
                  </p>
                  {canManage && (
                    <div className="nhsuk-button-group">
                      {!m.doneOn && (
                        <Button small onClick={() => markDone(m)} busy={update.isPending && update.variables?.id === m.id}>
                          Mark done<span className="nhsuk-u-visually-hidden">: {m.title}</span>
                        </Button>
                      )}
                      <Button small variant="secondary" onClick={() => setEditingId(m.id)}>
                        Change<span className="nhsuk-u-visually-hidden"> {m.title}</span>
                      </Button>
                      <Button small variant="secondary" onClick={() => setDeleting(m)}>
                        Delete<span className="nhsuk-u-visually-hidden"> {m.title}</span>
                      </Button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {failure && (
        <p className="nhsuk-error-message" role="alert">
          {failure.message}
        </p>
      )}
      {canManage && <MilestoneForm initiativeId={initiativeId} onSaved={(title) => notify(`“${title}” has been added.`)} />}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this milestone?"
        confirmLabel="Delete it"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          remove.mutate(deleting!.id, {
            onSuccess: () => {
              notify(`“${deleting!.title}” has been deleted.`);
              setDeleting(null);
            },
            onError: () => setDeleting(null),
          })
        }
      >
        <p className="nhsuk-body chorus-break-anywhere">{deleting && `“${deleting.title}”, due ${deleting.dueOnLabel}, is removed from the initiative. This cannot be undone.`}</p>
      </ConfirmDialog>
    </section>
  );
}
