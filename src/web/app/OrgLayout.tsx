import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { api } from './api.js';
import { useMe } from './auth.js';
import { NotFoundPage } from './NotFoundPage.js';
import { ME_KEY } from './query-client.js';

/**
 * Pages of one organisation. Opening one makes it the organisation the workspace returns
 * to next time (the server remembers it); an organisation the person is not a member of
 * does not exist as far as they can tell.
 */
export function OrgLayout() {
  const { orgId = '' } = useParams();
  const me = useMe();
  const client = useQueryClient();
  const isMember = me.memberships.some((m) => m.organisationId === orgId);

  useEffect(() => {
    if (isMember && me.currentOrganisationId !== orgId) {
      // A preference only: if remembering fails, the page still works.
      api
        .put('/me/organisation', { organisationId: orgId })
        .then(() => client.setQueryData(ME_KEY, { ...me, currentOrganisationId: orgId }))
        .catch(() => undefined);
    }
  }, [client, isMember, me, orgId]);

  if (!isMember) return <NotFoundPage />;
  return <Outlet />;
}

/** The organisation id of the current page; only inside <OrgLayout>. */
export function useOrgId(): string {
  const { orgId } = useParams();
  if (!orgId) throw new Error('useOrgId must be used inside an organisation route');
  return orgId;
}
