import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../shared/contracts/common.js';
import type { Invitation, Member, Organisation } from '../../../shared/contracts/organisations.js';
import { api } from '../../app/api.js';

export const orgKeys = {
  organisation: (orgId: string) => ['org', orgId] as const,
  members: (orgId: string) => ['members', orgId] as const,
  invitations: (orgId: string) => ['invitations', orgId] as const,
};

export function useOrganisation(orgId: string | null | undefined) {
  return useQuery({
    queryKey: orgKeys.organisation(orgId ?? ''),
    queryFn: () => api.get<Organisation>(`/orgs/${orgId}`),
    enabled: Boolean(orgId),
  });
}

export function useMembers(orgId: string) {
  return useQuery({
    queryKey: orgKeys.members(orgId),
    queryFn: async () => (await api.get<{ members: Member[] }>(`/orgs/${orgId}/members`)).members,
  });
}

export function useInvitations(orgId: string, enabled: boolean) {
  return useQuery({
    queryKey: orgKeys.invitations(orgId),
    queryFn: async () => (await api.get<{ invitations: Invitation[] }>(`/orgs/${orgId}/invitations`)).invitations,
    enabled,
  });
}

/** Membership changes show up in the member list, the invitations and the audit trail. */
function useInvalidateMembership(orgId: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: orgKeys.members(orgId) }),
      client.invalidateQueries({ queryKey: orgKeys.invitations(orgId) }),
      client.invalidateQueries({ queryKey: ['audit', orgId] }),
      client.invalidateQueries({ queryKey: ['outbox', orgId] }),
    ]);
}

export function useInvite(orgId: string) {
  const invalidate = useInvalidateMembership(orgId);
  return useMutation({
    mutationFn: (input: { email: string; role: Role }) => api.post<{ id: string }>(`/orgs/${orgId}/invitations`, input),
    onSuccess: invalidate,
  });
}

export function useWithdrawInvitation(orgId: string) {
  const invalidate = useInvalidateMembership(orgId);
  return useMutation({
    mutationFn: (invitationId: string) => api.delete(`/orgs/${orgId}/invitations/${invitationId}`),
    onSuccess: invalidate,
  });
}

export function useChangeRole(orgId: string) {
  const invalidate = useInvalidateMembership(orgId);
  return useMutation({
    mutationFn: ({ membershipId, role }: { membershipId: string; role: Role }) =>
      api.patch(`/orgs/${orgId}/members/${membershipId}`, { role }),
    onSuccess: invalidate,
  });
}

export function useRemoveMember(orgId: string) {
  const invalidate = useInvalidateMembership(orgId);
  return useMutation({
    mutationFn: (membershipId: string) => api.delete(`/orgs/${orgId}/members/${membershipId}`),
    onSuccess: invalidate,
  });
}

export function useUpdateOrganisation(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name?: string; minGroupSize?: number }) => api.patch<Organisation>(`/orgs/${orgId}`, input),
    onSuccess: async (organisation) => {
      client.setQueryData(orgKeys.organisation(orgId), organisation);
      // The name also appears in the header's organisation list, which comes from /me.
      await Promise.all([client.invalidateQueries({ queryKey: ['me'] }), client.invalidateQueries({ queryKey: ['audit', orgId] })]);
    },
  });
}
