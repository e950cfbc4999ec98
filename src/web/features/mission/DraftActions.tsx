import { useState } from 'react';
import type { MissionVersion } from '../../../shared/contracts/mission.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { useAgreeMissionVersion, useDeleteMissionVersion } from './api.js';

interface Props {
  strategyId: string;
  draft: MissionVersion;
  agreed: MissionVersion | undefined;
  can: { update: boolean; delete: boolean; agree: boolean };
  onEdit: () => void;
  notify: Notify;
}

/** What the team can do with the draft: change it, agree it (replacing the agreed text) or delete it, each asked first. */
export function DraftActions({ strategyId, draft, agreed, can, onEdit, notify }: Props) {
  const agree = useAgreeMissionVersion(strategyId);
  const remove = useDeleteMissionVersion(strategyId);
  const [asking, setAsking] = useState<'agree' | 'delete' | null>(null);
  const error = agree.error ?? remove.error;
  return (
    <>
      <div className="nhsuk-button-group">
        {can.update && (
          <Button variant="secondary" onClick={onEdit}>
            Edit the draft
          </Button>
        )}
        {can.agree && <Button onClick={() => setAsking('agree')}>Mark as agreed</Button>}
        {can.delete && (
          <Button variant="warning" onClick={() => setAsking('delete')}>
            Delete the draft
          </Button>
        )}
      </div>
      {error && (
        <p className="nhsuk-error-message" role="alert">
          {error.message}
        </p>
      )}
      <ConfirmDialog
        open={asking === 'agree'}
        title={`Agree version ${draft.number}?`}
        confirmLabel="Mark as agreed"
        destructive={false}
        busy={agree.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() =>
          agree.mutate(draft.id, {
            onSuccess: () => {
              setAsking(null);
              notify(`Version ${draft.number} is now the agreed mission.`);
            },
            onError: () => setAsking(null),
          })
        }
      >
        <p className="nhsuk-body">
          {agreed
            ? `It replaces version ${agreed.number} as the agreed mission. Version ${agreed.number} stays in the history.`
            : 'It becomes the agreed mission, with your name and today’s date.'}{' '}
          To change it afterwards, start a new draft.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'delete'}
        title={`Delete the draft (version ${draft.number})?`}
        confirmLabel="Delete the draft"
        busy={remove.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() =>
          remove.mutate(draft.id, {
            onSuccess: () => {
              setAsking(null);
              notify(`The draft (version ${draft.number}) has been deleted.`);
            },
            onError: () => setAsking(null),
          })
        }
      >
        <p className="nhsuk-body">Its text and the comments on it go. Earlier versions stay. This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
