import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeasureDetail, MeasureInput, MeasureList, MeasureValueInput } from '../../../shared/contracts/measures.js';
import { api } from '../../app/api.js';

/** Every measure query starts with 'measures', so any change refreshes the list and the pages. */
export const measureKeys = {
  all: ['measures'] as const,
  list: (strategyId: string) => ['measures', 'list', strategyId] as const,
  one: (id: string) => ['measures', 'one', id] as const,
};

export const useMeasures = (strategyId: string) =>
  useQuery({ queryKey: measureKeys.list(strategyId), queryFn: () => api.get<MeasureList>(`/strategies/${strategyId}/measures`) });

export const useMeasure = (id: string) => useQuery({ queryKey: measureKeys.one(id), queryFn: () => api.get<MeasureDetail>(`/measures/${id}`) });

function useMeasureChange<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: measureKeys.all }) });
}

/** The form's fields go as typed; the server's zod contract applies defaults and checks. */
export type MeasureBody = Partial<MeasureInput>;

export const useCreateMeasure = (strategyId: string) => useMeasureChange((input: MeasureBody) => api.post<{ id: string }>(`/strategies/${strategyId}/measures`, input));
export const useUpdateMeasure = (id: string) => useMeasureChange((input: MeasureBody) => api.put<MeasureDetail>(`/measures/${id}`, input));
export const useDeleteMeasure = (id: string) => useMeasureChange(() => api.delete<{ ok: true }>(`/measures/${id}`));
export const useRecordValue = (id: string) => useMeasureChange((input: Partial<MeasureValueInput>) => api.post<{ id: string }>(`/measures/${id}/values`, input));
export const useDeleteValue = (id: string) => useMeasureChange((valueId: string) => api.delete<{ ok: true }>(`/measures/${id}/values/${valueId}`));
