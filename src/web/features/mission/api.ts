import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateMissionVersion, MissionPage, UpdateMissionVersion } from '../../../shared/contracts/mission.js';
import { api } from '../../app/api.js';

interface Saved {
  id: string;
  number: number;
}

export const missionKeys = {
  page: (strategyId: string) => ['mission', strategyId] as const,
};

export const useMission = (strategyId: string) =>
  useQuery({ queryKey: missionKeys.page(strategyId), queryFn: () => api.get<MissionPage>(`/strategies/${strategyId}/mission`) });

/** Every change re-reads the whole page: which version is agreed or the draft may have moved. */
function useMissionChange<Input, Output>(strategyId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: missionKeys.page(strategyId) }) });
}

export const useCreateMissionVersion = (strategyId: string) =>
  useMissionChange(strategyId, (input: CreateMissionVersion) => api.post<Saved>(`/strategies/${strategyId}/mission/versions`, input));

export const useUpdateMissionVersion = (strategyId: string) =>
  useMissionChange(strategyId, ({ id, input }: { id: string; input: UpdateMissionVersion }) => api.patch<Saved>(`/mission-versions/${id}`, input));

export const useAgreeMissionVersion = (strategyId: string) =>
  useMissionChange(strategyId, (id: string) => api.post<Saved>(`/mission-versions/${id}/agree`));

export const useDeleteMissionVersion = (strategyId: string) =>
  useMissionChange(strategyId, (id: string) => api.delete<{ ok: true }>(`/mission-versions/${id}`));
