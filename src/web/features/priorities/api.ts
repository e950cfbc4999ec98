import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatePriority,
  Criterion,
  PriorityDetail,
  PriorityList,
  PriorityOptions,
  PriorityVoices,
  PriorityWarnings,
  UpdatePriority,
} from '../../../shared/contracts/priorities.js';
import { api } from '../../app/api.js';

/** Every priority query starts with 'priorities', so any change refreshes lists, pages, warnings and voices. */
export const priorityKeys = {
  all: ['priorities'] as const,
  list: (strategyId: string) => ['priorities', 'list', strategyId] as const,
  warnings: (strategyId: string) => ['priorities', 'warnings', strategyId] as const,
  options: (strategyId: string) => ['priorities', 'options', strategyId] as const,
  one: (id: string) => ['priorities', 'one', id] as const,
  voices: (id: string) => ['priorities', 'voices', id] as const,
};

/** The pages' own addresses below the strategy's priorities (paths.ts holds the list and the page). */
export const priorityPaths = {
  new: (orgId: string, strategyId: string) => `/orgs/${orgId}/strategies/${strategyId}/priorities/new`,
  edit: (orgId: string, strategyId: string, id: string) => `/orgs/${orgId}/strategies/${strategyId}/priorities/${id}/edit`,
};

export const usePriorities = (strategyId: string) =>
  useQuery({ queryKey: priorityKeys.list(strategyId), queryFn: () => api.get<PriorityList>(`/strategies/${strategyId}/priorities`) });

export const usePriorityWarnings = (strategyId: string) =>
  useQuery({ queryKey: priorityKeys.warnings(strategyId), queryFn: () => api.get<PriorityWarnings>(`/strategies/${strategyId}/priorities/warnings`) });

export const usePriorityOptions = (strategyId: string) =>
  useQuery({ queryKey: priorityKeys.options(strategyId), queryFn: () => api.get<PriorityOptions>(`/strategies/${strategyId}/priorities/options`) });

export const usePriority = (id: string) =>
  useQuery({ queryKey: priorityKeys.one(id), queryFn: () => api.get<PriorityDetail>(`/priorities/${id}`), enabled: id !== '' });

export const usePriorityVoices = (id: string) =>
  useQuery({ queryKey: priorityKeys.voices(id), queryFn: () => api.get<PriorityVoices>(`/priorities/${id}/voices`), enabled: id !== '' });

function usePriorityChange<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: priorityKeys.all }) });
}

export const useCreatePriority = (strategyId: string) =>
  usePriorityChange((input: CreatePriority) => api.post<{ id: string }>(`/strategies/${strategyId}/priorities`, input));
export const useUpdatePriority = (id: string) => usePriorityChange((input: UpdatePriority) => api.patch<PriorityDetail>(`/priorities/${id}`, input));
export const useDeletePriority = (id: string) => usePriorityChange(() => api.delete<{ ok: true }>(`/priorities/${id}`));
export const useMovePriority = () =>
  usePriorityChange(({ id, position, reason }: { id: string; position: number; reason?: string }) => api.post<{ ok: true }>(`/priorities/${id}/move`, { position, reason }));
export const useSaveScores = () =>
  usePriorityChange(({ id, scores }: { id: string; scores: { criterionId: string; score: number }[] }) => api.put<{ ok: true }>(`/priorities/${id}/scores`, scores));
export const useSaveWeights = (strategyId: string) =>
  usePriorityChange((weights: { criterionId: string; weight: number }[]) => api.put<{ criteria: Criterion[] }>(`/strategies/${strategyId}/priorities/weights`, weights));
export const useUsualCriteria = (strategyId: string) =>
  usePriorityChange(() => api.post<{ criteria: Criterion[] }>(`/strategies/${strategyId}/priorities/criteria/usual`));
export const useAddCriterion = (strategyId: string) =>
  usePriorityChange((input: { name: string; kind: 'value' | 'effort'; weight: number }) => api.post<Criterion>(`/strategies/${strategyId}/priorities/criteria`, input));
export const useDeleteCriterion = (strategyId: string) =>
  usePriorityChange((criterionId: string) => api.delete<{ ok: true }>(`/strategies/${strategyId}/priorities/criteria/${criterionId}`));
