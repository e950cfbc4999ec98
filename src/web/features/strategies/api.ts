import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Phase, Strategy, StrategyOverview } from '../../../shared/contracts/strategies.js';
import { api } from '../../app/api.js';

export const strategyKeys = {
  list: (orgId: string, archived: boolean) => ['strategies', orgId, archived ? 'archived' : 'current'] as const,
  all: (orgId: string) => ['strategies', orgId] as const,
  overview: (strategyId: string) => ['strategy', strategyId] as const,
};

export function useStrategies(orgId: string, archived: boolean) {
  return useQuery({
    queryKey: strategyKeys.list(orgId, archived),
    queryFn: async () =>
      (await api.get<{ strategies: Strategy[] }>(`/orgs/${orgId}/strategies${archived ? '?archived=true' : ''}`)).strategies,
  });
}

export function useStrategyOverview(strategyId: string) {
  return useQuery({
    queryKey: strategyKeys.overview(strategyId),
    queryFn: () => api.get<StrategyOverview>(`/strategies/${strategyId}`),
  });
}

export interface StrategyInput {
  name: string;
  startYear: number;
  endYear: number;
}

export function useCreateStrategy(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: StrategyInput) => api.post<Strategy>(`/orgs/${orgId}/strategies`, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: strategyKeys.all(orgId) }),
        client.invalidateQueries({ queryKey: ['audit', orgId] }),
      ]),
  });
}

/**
 * Any change to one strategy: the overview is refetched (its checklist may change too),
 * and the lists and audit trail of its organisation are marked stale.
 */
function useStrategyChange<Input>(strategy: Strategy, send: (input: Input) => Promise<Strategy>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: strategyKeys.overview(strategy.id) }),
        client.invalidateQueries({ queryKey: strategyKeys.all(strategy.organisationId) }),
        client.invalidateQueries({ queryKey: ['audit', strategy.organisationId] }),
      ]),
  });
}

export const useUpdateStrategy = (strategy: Strategy) =>
  useStrategyChange(strategy, (input: Partial<StrategyInput>) => api.patch<Strategy>(`/strategies/${strategy.id}`, input));

export const useSetPhase = (strategy: Strategy) =>
  useStrategyChange(strategy, (phase: Phase) => api.put<Strategy>(`/strategies/${strategy.id}/phase`, { phase }));

export const useArchiveStrategy = (strategy: Strategy) =>
  useStrategyChange(strategy, (archived: boolean) =>
    api.post<Strategy>(`/strategies/${strategy.id}/${archived ? 'archive' : 'restore'}`),
  );
