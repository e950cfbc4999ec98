import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Board, CreateWorkshop, StickyNote, UpdateWorkshop, Workshop, WorkshopList, WorkshopOptions } from '../../../shared/contracts/workshops.js';
import { api } from '../../app/api.js';

export const workshopKeys = {
  all: (strategyId: string) => ['workshops', strategyId] as const,
  list: (strategyId: string) => ['workshops', strategyId, 'list'] as const,
  one: (strategyId: string, id: string) => ['workshops', strategyId, 'one', id] as const,
  options: (strategyId: string) => ['workshops', strategyId, 'options'] as const,
};

const base = (strategyId: string) => `/strategies/${strategyId}/workshops`;

export const useWorkshops = (strategyId: string) =>
  useQuery({ queryKey: workshopKeys.list(strategyId), queryFn: () => api.get<WorkshopList>(base(strategyId)) });

export const useWorkshop = (strategyId: string, id: string) =>
  useQuery({ queryKey: workshopKeys.one(strategyId, id), queryFn: () => api.get<Workshop>(`${base(strategyId)}/${id}`), enabled: id !== '' });

export const useWorkshopOptions = (strategyId: string) =>
  useQuery({ queryKey: workshopKeys.options(strategyId), queryFn: () => api.get<WorkshopOptions>(`${base(strategyId)}/options`) });

function useWorkshopChange<Input, Output>(strategyId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: workshopKeys.all(strategyId) }),
        client.invalidateQueries({ queryKey: ['strategy', strategyId] }),
      ]),
  });
}

export const useCreateWorkshop = (strategyId: string) =>
  useWorkshopChange(strategyId, (input: CreateWorkshop) => api.post<Workshop>(base(strategyId), input));

export const useUpdateWorkshop = (strategyId: string, id: string) =>
  useWorkshopChange(strategyId, (input: UpdateWorkshop) => api.patch<Workshop>(`${base(strategyId)}/${id}`, input));

export const useDeleteWorkshop = (strategyId: string, id: string) =>
  useWorkshopChange(strategyId, () => api.delete<{ ok: true }>(`${base(strategyId)}/${id}`));

/** The board's commands; each answers with the board (or the note), and the workshop is refetched. */
export function useBoard(strategyId: string, workshopId: string) {
  const url = `${base(strategyId)}/${workshopId}`;
  return {
    addNote: useWorkshopChange(strategyId, (input: { columnId: string; text: string }) => api.post<StickyNote>(`${url}/notes`, input)),
    editNote: useWorkshopChange(strategyId, ({ id, text }: { id: string; text: string }) => api.patch<StickyNote>(`${url}/notes/${id}`, { text })),
    deleteNote: useWorkshopChange(strategyId, (id: string) => api.delete<{ ok: true }>(`${url}/notes/${id}`)),
    moveNote: useWorkshopChange(strategyId, ({ id, columnId, index }: { id: string; columnId: string; index: number }) =>
      api.post<Board>(`${url}/notes/${id}/move`, { columnId, index }),
    ),
    addColumn: useWorkshopChange(strategyId, (title: string) => api.post<Board>(`${url}/columns`, { title })),
    renameColumn: useWorkshopChange(strategyId, ({ id, title }: { id: string; title: string }) => api.patch<Board>(`${url}/columns/${id}`, { title })),
    removeColumn: useWorkshopChange(strategyId, ({ id, moveNotesTo }: { id: string; moveNotesTo?: string | undefined }) =>
      api.delete<Board>(`${url}/columns/${id}${moveNotesTo ? `?moveNotesTo=${encodeURIComponent(moveNotesTo)}` : ''}`),
    ),
  };
}
export type BoardCommands = ReturnType<typeof useBoard>;
