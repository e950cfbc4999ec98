import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateCommitment, Partnership, PartnershipResults, UpdateCommitment, UpdatePartnershipVersion } from '../../../shared/contracts/partnership.js';
import { api } from '../../app/api.js';

export const partnershipKeys = {
  all: ['partnership'] as const,
  page: (strategyId: string, versionId: string) => ['partnership', 'page', strategyId, versionId] as const,
  results: (versionId: string) => ['partnership', 'results', versionId] as const,
};

export const usePartnership = (strategyId: string, versionId: string) =>
  useQuery({
    queryKey: partnershipKeys.page(strategyId, versionId),
    queryFn: () => api.get<Partnership>(`/strategies/${strategyId}/partnership${versionId ? `?versionId=${encodeURIComponent(versionId)}` : ''}`),
  });

export const usePartnershipResults = (versionId: string, enabled: boolean) =>
  useQuery({ queryKey: partnershipKeys.results(versionId), queryFn: () => api.get<PartnershipResults>(`/partnership-versions/${versionId}/results`), enabled });

/** Every change re-reads the partnership: versions, their status and the order of commitments may all move. */
function useChange<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: partnershipKeys.all }) });
}

export const useStartDraft = (strategyId: string) => useChange(() => api.post<{ id: string }>(`/strategies/${strategyId}/partnership/versions`));
export const useUpdateVersion = (versionId: string) => useChange((input: UpdatePartnershipVersion) => api.patch<{ ok: true }>(`/partnership-versions/${versionId}`, input));
export const useAddCommitment = (versionId: string) => useChange((input: CreateCommitment) => api.post<{ id: string }>(`/partnership-versions/${versionId}/commitments`, input));
export const useUpdateCommitment = (versionId: string) =>
  useChange(({ id, input }: { id: string; input: UpdateCommitment }) => api.patch<{ ok: true }>(`/partnership-versions/${versionId}/commitments/${id}`, input));
export const useDeleteCommitment = (versionId: string) => useChange((id: string) => api.delete<{ ok: true }>(`/partnership-versions/${versionId}/commitments/${id}`));
export const useMoveCommitment = (versionId: string) =>
  useChange(({ id, direction }: { id: string; direction: 'up' | 'down' }) => api.post<{ ok: true }>(`/partnership-versions/${versionId}/commitments/${id}/move`, { direction }));
export const usePublishVersion = (versionId: string) =>
  useChange(() => api.post<{ id: string; surveyId: string; openLinkSlug: string | null }>(`/partnership-versions/${versionId}/publish`));
export const useAgreeVersion = (versionId: string) => useChange((reviewOn: string) => api.post<{ ok: true }>(`/partnership-versions/${versionId}/agree`, { reviewOn }));

export const usePromoteNote = (strategyId: string) =>
  useChange((input: { noteId: string; side: 'staff_can_expect' | 'we_ask_of_staff' }) => api.post<{ id: string }>(`/strategies/${strategyId}/partnership/commitments/from-note`, input));
