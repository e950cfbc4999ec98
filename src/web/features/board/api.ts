import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Board } from '../../../shared/contracts/board.js';
import type { EvidenceFilter } from '../../../shared/contracts/evidence.js';
import { api } from '../../app/api.js';

export const boardKey = (strategyId: string) => ['board', strategyId] as const;

export const useBoard = (strategyId: string, perPile: number) =>
  useQuery({
    queryKey: [...boardKey(strategyId), perPile],
    queryFn: () => api.get<Board>(`/strategies/${strategyId}/board?perPile=${perPile}`),
    placeholderData: keepPreviousData,
  });

export interface Moved {
  clusterId: string | null;
  position: number;
  total: number;
}
export interface AddResult {
  added: number;
  alreadyOnBoard: number;
  notQuotable: number;
}

/** Every change to the board; each refreshes the board (and insights, when one is made). */
export function useBoardCommands(strategyId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: boardKey(strategyId) });
  const base = `/strategies/${strategyId}/board`;
  return {
    move: useMutation({
      mutationFn: (body: { evidenceId: string; clusterId: string | null; position: number }) => api.post<Moved>(`${base}/moves`, body),
      onSettled: refresh,
    }),
    remove: useMutation({ mutationFn: (evidenceId: string) => api.delete(`${base}/cards/${evidenceId}`), onSettled: refresh }),
    createCluster: useMutation({ mutationFn: (name: string) => api.post<{ id: string }>(`${base}/clusters`, { name }), onSuccess: refresh }),
    updateCluster: useMutation({
      mutationFn: ({ id, ...body }: { id: string; name?: string; position?: number }) => api.patch<{ id: string; name: string; position: number }>(`/board-clusters/${id}`, body),
      onSettled: refresh,
    }),
    deleteCluster: useMutation({ mutationFn: (id: string) => api.delete<{ cardsReturned: number }>(`/board-clusters/${id}`), onSuccess: refresh }),
    makeInsight: useMutation({
      mutationFn: (id: string) => api.post<{ insightId: string; created: boolean }>(`/board-clusters/${id}/insight`),
      onSuccess: () => Promise.all([refresh(), client.invalidateQueries({ queryKey: ['insights'] })]),
    }),
  };
}
export type BoardCommands = ReturnType<typeof useBoardCommands>;

/** Puts what the evidence library's filter finds on the board. */
export function useAddToBoard(strategyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (filter: EvidenceFilter) => api.post<AddResult>(`/strategies/${strategyId}/board/cards`, { filter }),
    onSuccess: () => client.invalidateQueries({ queryKey: boardKey(strategyId) }),
  });
}
