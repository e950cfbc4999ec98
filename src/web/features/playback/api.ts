import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Playback, ReactionBody, WaitingPlaybacks } from '../../../shared/contracts/playback.js';
import { api } from '../../app/api.js';

export const playbackKeys = {
  pack: (strategyId: string) => ['playback', strategyId] as const,
  waiting: (orgId: string) => ['playback', 'waiting', orgId] as const,
};

export const usePlayback = (strategyId: string) =>
  useQuery({ queryKey: playbackKeys.pack(strategyId), queryFn: () => api.get<Playback>(`/strategies/${strategyId}/playback`), retry: false });

/** Only a leader asks: it is what their home page lists. */
export const useWaitingPlaybacks = (orgId: string, enabled: boolean) =>
  useQuery({ queryKey: playbackKeys.waiting(orgId), queryFn: () => api.get<WaitingPlaybacks>(`/orgs/${orgId}/playbacks/waiting`), enabled });

export function useUpdateIntro(strategyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (intro: string) => api.patch<Playback>(`/strategies/${strategyId}/playback`, { intro }),
    onSuccess: (pack) => client.setQueryData(playbackKeys.pack(strategyId), pack),
  });
}

export function useSetShared(strategyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (shared: boolean) => api.post<{ ok: true }>(`/strategies/${strategyId}/playback/${shared ? 'share' : 'unshare'}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['playback'] }),
  });
}

export function useReact(strategyId: string, insightId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReactionBody) => api.put<{ reaction: string }>(`/insights/${insightId}/reaction`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['playback'] }),
  });
}

export const docxUrl = (strategyId: string) => `/api/v1/strategies/${strategyId}/playback.docx`;
