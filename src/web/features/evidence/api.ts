import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EvidenceDetail, EvidenceList } from '../../../shared/contracts/evidence.js';
import { api } from '../../app/api.js';

export const evidenceKeys = {
  list: (strategyId: string, query: string) => ['evidence', strategyId, 'list', query] as const,
  one: (id: string, original: boolean) => ['evidence', 'one', id, original] as const,
};

/** The query string is the filter: the page's address and the request share it. */
export const useEvidence = (strategyId: string, query: string) =>
  useQuery({
    queryKey: evidenceKeys.list(strategyId, query),
    queryFn: () => api.get<EvidenceList>(`/strategies/${strategyId}/evidence${query ? `?${query}` : ''}`),
    placeholderData: keepPreviousData,
  });

export const useEvidenceItem = (id: string, original: boolean) =>
  useQuery({ queryKey: evidenceKeys.one(id, original), queryFn: () => api.get<EvidenceDetail>(`/evidence/${id}${original ? '?original=1' : ''}`) });

export const evidenceCsvUrl = (strategyId: string, query: string) => `/api/v1/strategies/${strategyId}/evidence.csv${query ? `?${query}` : ''}`;
