import { useState } from 'react';
import { ROLE_LABELS } from '../../../shared/contracts/common.js';
import type { Invitation } from '../../../shared/contracts/organisations.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import { formatDate } from '../../ui/format.js';
import { problemFromError, type FormProblem } from '../../ui/form-problem.js';
import { EmptyState } from '../../ui/status.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { Table, type Column } from '../../ui/Table.js';
import { Tag, type TagColour } from '../../ui/Tag.js';
import { useWithdrawInvitation } from './api.js';

const STATUS: Record<Invitation['status'], { label: string; colour: TagColour }> = {
  pending: { label: 'Pending', colour: 'blue' },
  accepted: { label: 'Accepted', colour: 'green' },
  expired: { label: 'Expired', colour: 'grey' },
  revoked: { label: 'Withdrawn', colour: 'grey' },
};

/** Pending invitations can be withdrawn; past ones stay listed for a while as a record. */
export function InvitationsTable({ orgId, invitations, notify }: { orgId: string; invitations: Invitation[]; notify: Notify }) {
  const withdraw = useWithdrawInvitation(orgId);
  const [target, setTarget] = useState<Invitation | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const setDone = notify;

  const pending = invitations.filter((i) => i.status === 'pending');
  const past = invitations.filter((i) => i.status !== 'pending').slice(0, 20);

  const confirm = () => {
    if (!target) return;
    const invitation = target;
    setProblem(null);
    setDone(null);
    withdraw.mutate(invitation.id, {
      onSuccess: () => setDone(`The invitation to ${invitation.email} has been withdrawn. Its link no longer works.`),
      onError: (error) => setProblem(problemFromError(error)),
      onSettled: () => setTarget(null),
    });
  };

  const columns: Column<Invitation>[] = [
    { header: 'Email address', cell: (i) => <span className="chorus-break-anywhere">{i.email}</span> },
    { header: 'Role', cell: (i) => ROLE_LABELS[i.role] },
    { header: 'Invited by', cell: (i) => i.invitedByName ?? 'Someone no longer here' },
    { header: 'Expires', cell: (i) => formatDate(i.expiresAt) },
    {
      header: 'Actions',
      headerHidden: true,
      cell: (i) => (
        <Button variant="warning" small onClick={() => setTarget(i)}>
          Withdraw<span className="nhsuk-u-visually-hidden"> invitation to {i.email}</span>
        </Button>
      ),
    },
  ];
  const pastColumns: Column<Invitation>[] = [
    { header: 'Email address', cell: (i) => <span className="chorus-break-anywhere">{i.email}</span> },
    { header: 'Role', cell: (i) => ROLE_LABELS[i.role] },
    { header: 'Sent', cell: (i) => formatDate(i.createdAt) },
    { header: 'Status', cell: (i) => <Tag colour={STATUS[i.status].colour}>{STATUS[i.status].label}</Tag> },
  ];

  return (
    <section aria-labelledby="invitations-heading">
      <h2 className="nhsuk-heading-m" id="invitations-heading">
        Pending invitations
      </h2>
      <ErrorSummary problem={problem} fieldIds={{}} />
      {pending.length === 0 ? (
        <EmptyState title="No invitations are waiting to be accepted." />
      ) : (
        <Table caption="Pending invitations" captionHidden columns={columns} rows={pending} rowKey={(i) => i.id} />
      )}
      {past.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Earlier invitations</span>
          </summary>
          <div className="nhsuk-details__text">
            <Table caption="Earlier invitations" captionHidden columns={pastColumns} rows={past} rowKey={(i) => i.id} />
          </div>
        </details>
      )}
      <ConfirmDialog
        open={target !== null}
        title="Withdraw this invitation?"
        confirmLabel="Withdraw invitation"
        busy={withdraw.isPending}
        onConfirm={confirm}
        onCancel={() => setTarget(null)}
      >
        <p>
          The link sent to {target?.email} will stop working. You can invite them again later.
        </p>
      </ConfirmDialog>
    </section>
  );
}
