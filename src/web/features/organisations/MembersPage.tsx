import { useOrgId } from '../../app/OrgLayout.js';
import { Page } from '../../ui/Page.js';
import { useNotice } from '../../ui/SuccessBanner.js';
import { LoadError, Loading } from '../../ui/status.js';
import { useInvitations, useMembers, useOrganisation } from './api.js';
import { InvitationsTable } from './InvitationsTable.js';
import { InviteForm } from './InviteForm.js';
import { MembersTable } from './MembersTable.js';

export function MembersPage() {
  const orgId = useOrgId();
  const organisation = useOrganisation(orgId);
  const canManage = organisation.data?.can.manageMembers ?? false;
  const members = useMembers(orgId);
  const invitations = useInvitations(orgId, canManage);
  const name = organisation.data?.name ?? '';
  const { notify, banner } = useNotice();

  return (
    <Page title="Members" caption={organisation.data?.name} before={banner}>
      {canManage ? (
        <p className="nhsuk-body">Invite the people who will work on the strategy, and choose what each of them can do.</p>
      ) : (
        <p className="nhsuk-body">The people taking part in the strategy work. Only admins can invite people or change roles.</p>
      )}
      {members.isPending && <Loading what="members" />}
      {members.isError && <LoadError error={members.error} what="The members" />}
      {members.data && <MembersTable orgId={orgId} organisationName={name} members={members.data} canManage={canManage} notify={notify} />}
      {canManage && (
        <>
          <InviteForm orgId={orgId} notify={notify} />
          {invitations.isPending && <Loading what="invitations" />}
          {invitations.isError && <LoadError error={invitations.error} what="The invitations" />}
          {invitations.data && <InvitationsTable orgId={orgId} invitations={invitations.data} notify={notify} />}
        </>
      )}
    </Page>
  );
}
