import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeliveryDashboard, InitiativeDelivery, RecordUpdate } from '../../../shared/contracts/delivery.js';
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

export const useDeliveryDashboard = (strategyId: string) =>
  useQuery({ queryKey: ['delivery', 'dashboard', strategyId], queryFn: () => api.get<DeliveryDashboard>(`/strategies/${strategyId}/delivery`) });
