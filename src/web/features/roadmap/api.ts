import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Horizon, InitiativeDetail, Roadmap, RoadmapOptions, SaveInitiative, SaveProgramme, ZImportResult } from '../../../shared/contracts/roadmap.js';
import { api } from '../../app/api.js';

type ImportResult = z.infer<typeof ZImportResult>;

/** Every roadmap query starts with 'roadmap', so any change redraws the three views and the initiative pages. */
export const roadmapKeys = {
  all: ['roadmap'] as const,
  of: (strategyId: string) => ['roadmap', 'strategy', strategyId] as const,
  options: (strategyId: string) => ['roadmap', 'options', strategyId] as const,
  initiative: (id: string) => ['roadmap', 'initiative', id] as const,
};

export const roadmapCsvUrl = (strategyId: string) => `/api/v1/strategies/${strategyId}/roadmap.csv`;

export const useRoadmap = (strategyId: string) =>
  useQuery({ queryKey: roadmapKeys.of(strategyId), queryFn: () => api.get<Roadmap>(`/strategies/${strategyId}/roadmap`) });

export const useRoadmapOptions = (strategyId: string) =>
  useQuery({ queryKey: roadmapKeys.options(strategyId), queryFn: () => api.get<RoadmapOptions>(`/strategies/${strategyId}/roadmap/options`) });

export const useInitiative = (id: string) =>
  useQuery({ queryKey: roadmapKeys.initiative(id), queryFn: () => api.get<InitiativeDetail>(`/initiatives/${id}`), enabled: id !== '' });

function useRoadmapChange<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: roadmapKeys.all }) });
}

export const useSaveProgramme = (strategyId: string, programmeId?: string) =>
  useRoadmapChange((input: SaveProgramme) =>
    programmeId ? api.patch<{ id: string }>(`/programmes/${programmeId}`, input) : api.post<{ id: string }>(`/strategies/${strategyId}/programmes`, input));

export const useDeleteProgramme = () => useRoadmapChange((programmeId: string) => api.delete<{ ok: true }>(`/programmes/${programmeId}`));

export const useSaveInitiative = (strategyId: string, initiativeId?: string) =>
  useRoadmapChange((input: SaveInitiative) =>
    initiativeId
      ? api.patch<{ id: string; warnings: string[] }>(`/initiatives/${initiativeId}`, input)
      : api.post<{ id: string; warnings: string[] }>(`/strategies/${strategyId}/initiatives`, input));

export const useDeleteInitiative = () => useRoadmapChange((initiativeId: string) => api.delete<{ ok: true }>(`/initiatives/${initiativeId}`));

export const useMoveInitiative = () =>
  useRoadmapChange(({ id, horizon, position }: { id: string; horizon: Horizon; position: number }) => api.post<{ ok: true }>(`/initiatives/${id}/move`, { horizon, position }));

export const useAddDependency = (initiativeId: string) =>
  useRoadmapChange((dependsOnId: string) => api.post<{ ok: true }>(`/initiatives/${initiativeId}/dependencies`, { dependsOnId }));

export const useRemoveDependency = (initiativeId: string) =>
  useRoadmapChange((dependsOnId: string) => api.delete<{ ok: true }>(`/initiatives/${initiativeId}/dependencies/${dependsOnId}`));

export const useImportRoadmap = (strategyId: string) =>
  useRoadmapChange((csv: string) => api.post<ImportResult>(`/strategies/${strategyId}/roadmap/import`, { csv }));
