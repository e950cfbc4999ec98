import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EvidenceFilter } from '../../../shared/contracts/evidence.js';
import type { z } from 'zod';
import type {
  CreateInsight,
  InsightDetail,
  InsightEvidenceList,
  UpdateInsight,
  ZComment,
  ZEvidenceInsights,
  ZInsightList,
} from '../../../shared/contracts/insights.js';
import { api } from '../../app/api.js';

type InsightList = z.infer<typeof ZInsightList>;
type EvidenceInsights = z.infer<typeof ZEvidenceInsights>;
type Comment = z.infer<typeof ZComment>;

/** Every insight query starts with 'insights', so any change refreshes lists, pages and the walk up. */
export const insightKeys = {
  all: ['insights'] as const,
  list: (strategyId: string, status: string) => ['insights', 'list', strategyId, status] as const,
  one: (id: string) => ['insights', 'one', id] as const,
  evidence: (id: string, page: number) => ['insights', 'evidence', id, page] as const,
  ofEvidence: (evidenceId: string) => ['insights', 'of-evidence', evidenceId] as const,
};

export const useInsights = (strategyId: string, status: string) =>
  useQuery({
    queryKey: insightKeys.list(strategyId, status),
    queryFn: () => api.get<InsightList>(`/strategies/${strategyId}/insights${status ? `?status=${status}` : ''}`),
    placeholderData: keepPreviousData,
  });

export const useInsight = (id: string) =>
  useQuery({ queryKey: insightKeys.one(id), queryFn: () => api.get<InsightDetail>(`/insights/${id}`), enabled: id !== '' });

export const useInsightEvidence = (id: string, page: number) =>
  useQuery({
    queryKey: insightKeys.evidence(id, page),
    queryFn: () => api.get<InsightEvidenceList>(`/insights/${id}/evidence?page=${page}`),
    placeholderData: keepPreviousData,
  });

/** The walk up: the insights a piece of evidence supports. */
export const useInsightsOfEvidence = (evidenceId: string) =>
  useQuery({ queryKey: insightKeys.ofEvidence(evidenceId), queryFn: () => api.get<EvidenceInsights>(`/evidence/${evidenceId}/insights`), retry: false });

function useInsightChange<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: insightKeys.all }) });
}

export const useCreateInsight = (strategyId: string) =>
  useInsightChange((input: CreateInsight) => api.post<{ id: string }>(`/strategies/${strategyId}/insights`, input));

export const useUpdateInsight = (id: string) => useInsightChange((input: UpdateInsight) => api.patch<InsightDetail>(`/insights/${id}`, input));

export const useDeleteInsight = (id: string) => useInsightChange(() => api.delete<{ ok: true }>(`/insights/${id}`));

export const useLinkEvidence = (id: string) =>
  useInsightChange((evidenceIds: string[]) => api.post<{ added: number }>(`/insights/${id}/evidence`, { evidenceIds }));

export const useUnlinkEvidence = (id: string) =>
  useInsightChange((evidenceIds: string[]) => api.delete<{ removed: number }>(`/insights/${id}/evidence`, { evidenceIds }));

/** Links everything an evidence-library filter finds, on every page. */
export const useLinkMatching = () =>
  useInsightChange(({ insightId, filter }: { insightId: string; filter: EvidenceFilter }) =>
    api.post<{ added: number; matched: number }>(`/insights/${insightId}/evidence/matching`, { filter }),
  );

export const useAddComment = (id: string) => useInsightChange((body: string) => api.post<Comment>(`/insights/${id}/comments`, { body }));
