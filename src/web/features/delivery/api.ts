import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AddMilestone, DeliveryDashboard, InitiativeDelivery, Milestone, RecordUpdate, UpdateMilestone } from '../../../shared/contracts/delivery.js';
import { api } from '../../app/api.js';
import { roadmapKeys } from '../roadmap/api.js';

export const deliveryKeys = { initiative: (id: string) => ['delivery', 'initiative', id] as const };

export const useInitiativeDelivery = (initiativeId: string) =>
  useQuery({ queryKey: deliveryKeys.initiative(initiativeId), queryFn: () => api.get<InitiativeDelivery>(`/initiatives/${initiativeId}/updates`) });

/** Recording an update changes the initiative's status too, so the roadmap's views are redrawn as well. */
export function useRecordUpdate(initiativeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordUpdate) => api.post<{ id: string }>(`/initiatives/${initiativeId}/updates`, input),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['delivery'] }), client.invalidateQueries({ queryKey: roadmapKeys.all })]),
  });
}

/** Milestones change the initiative's panel and the dashboard's overdue list, both under ['delivery']. */
export function useAddMilestone(initiativeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AddMilestone) => api.post<Milestone>(`/initiatives/${initiativeId}/milestones`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['delivery'] }),
  });
}

export function useUpdateMilestone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateMilestone & { id: string }) => api.patch<Milestone>(`/milestones/${id}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['delivery'] }),
  });
}

export function useDeleteMilestone() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/milestones/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['delivery'] }),
  });
}

export const useDeliveryDashboard = (strategyId: string) =>
  useQuery({ queryKey: ['delivery', 'dashboard', strategyId], queryFn: () => api.get<DeliveryDashboard>(`/strategies/${strategyId}/delivery`) });

/** The board report's address: a plain link, so the browser downloads it like any file. */
export const boardReportUrl = (strategyId: string, kind: 'docx' | 'pdf', quarter: string) =>
  `/api/v1/strategies/${strategyId}/delivery/board-report.${kind}?quarter=${encodeURIComponent(quarter)}`;
