import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ROLE_LABELS, type Role } from '../../../shared/contracts/common.js';
import type { Member } from '../../../shared/contracts/organisations.js';
import { useAuth } from '../../app/auth.js';
import { flashState } from '../../app/flash.js';
import { paths } from '../../app/paths.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Select } from '../../ui/fields.js';
import { formatDate } from '../../ui/format.js';
import type { FormProblem } from '../../ui/form-problem.js';
import { problemFromError } from '../../ui/form-problem.js';
import { ErrorSummary } from '../../ui/ErrorSummary.js';
import type { Notify } from '../../ui/SuccessBanner.js';
import { Table, type Column } from '../../ui/Table.js';
import { useChangeRole, useRemoveMember } from './api.js';
import { roleOptions } from './roles.js';

interface Props {
  orgId: string;
  organisationName: string;
  members: Member[];
  canManage: boolean;
  notify: Notify;
}

/** The people of the organisation; admins can change a role or remove someone, after confirming. */
export function MembersTable({ orgId, organisationName, members, canManage, notify }: Props) {
  const changeRole = useChangeRole(orgId);
  const remove = useRemoveMember(orgId);
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const [roles, setRoles] = useState<Record<string, Role>>({});
  const [removing, setRemoving] = useState<Member | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const setDone = notify;

  const fail = (error: unknown) => setProblem(problemFromError(error));
  const saveRole = (member: Member) => {
    const role = roles[member.id] ?? member.role;
    setProblem(null);
    setDone(null);
    if (role === member.role) return setDone(`${member.name} is already ${ROLE_LABELS[role].toLowerCase()}.`);
    changeRole.mutate(
      { membershipId: member.id, role },
      { onSuccess: () => setDone(`${member.name} is now ${ROLE_LABELS[role].toLowerCase()}.`), onError: fail },
    );
  };
  const confirmRemove = () => {
    if (!removing) return;
    const member = removing;
    setProblem(null);
    setDone(null);
    remove.mutate(member.id, {
      onSuccess: async () => {
        if (!member.isYou) return setDone(`${member.name} has been removed from ${organisationName}.`);
        // Leaving: this organisation's pages are closed to them from now on.
        await refresh();
        void navigate(paths.home, { state: flashState(`You have left ${organisationName}.`) });
      },
      onError: fail,
      onSettled: () => setRemoving(null),
    });
  };

  const columns: Column<Member>[] = [
    { header: 'Name', cell: (m) => (m.isYou ? <>{m.name} (you)</> : m.name) },
    { header: 'Email address', cell: (m) => <span className="chorus-break-anywhere">{m.email}</span> },
    canManage
      ? {
          header: 'Role',
          cell: (m) => (
            <Select
              id={`role-${m.id}`}
              label={`Role of ${m.name}`}
              labelHidden
              className="chorus-table-select"
              value={roles[m.id] ?? m.role}
              onChange={(value) => setRoles((r) => ({ ...r, [m.id]: value as Role }))}
              options={roleOptions}
            />
          ),
        }
      : { header: 'Role', cell: (m) => ROLE_LABELS[m.role] },
    { header: 'Joined', cell: (m) => formatDate(m.joinedAt) },
  ];
  if (canManage) {
    columns.push({
      header: 'Actions',
      headerHidden: true,
      cell: (m) => (
        <div className="chorus-row-actions">
          <Button variant="secondary" small busy={changeRole.isPending} onClick={() => saveRole(m)}>
            Save role<span className="nhsuk-u-visually-hidden"> of {m.name}</span>
          </Button>
          <Button variant="warning" small onClick={() => setRemoving(m)}>
            Remove<span className="nhsuk-u-visually-hidden"> {m.name}</span>
          </Button>
        </div>
      ),
    });
  }

  return (
    <>
      <ErrorSummary problem={problem} fieldIds={{}} />
      <Table caption={`Members of ${organisationName}`} captionHidden columns={columns} rows={members} rowKey={(m) => m.id} />
      <ConfirmDialog
        open={removing !== null}
        title={removing?.isYou ? `Leave ${organisationName}?` : `Remove ${removing?.name ?? ''}?`}
        confirmLabel={removing?.isYou ? 'Leave organisation' : 'Remove member'}
        busy={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        {removing?.isYou ? (
          <p>You will lose access to {organisationName} at once. Another admin would have to invite you again.</p>
        ) : (
          <p>
            {removing?.name} ({removing?.email}) will lose access to {organisationName} at once. Their account and what
            they contributed stay; you can invite them again later.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
