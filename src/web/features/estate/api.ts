import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateSystem, IntegrationInput, IntegrationView, ProjectInput, ProjectView, SystemView, UpdateSystem } from '../../../shared/contracts/estate.js';
import { api, ApiError } from '../../app/api.js';
import type {
  EstateDisagreements,
  EstateMap,
  EstateOverview,
  IntegrationList,
  ProjectList,
  RegisterImportPreview,
  RegisterImportResult,
  SnapshotList,
  SnapshotView,
  SystemList,
} from './types.js';

/** Every estate query sits under one key, so a change anywhere refreshes the register, map and overview. */
export const estateKeys = {
  all: (orgId: string) => ['estate', orgId] as const,
  systems: (orgId: string, search: string) => ['estate', orgId, 'systems', search] as const,
  system: (orgId: string, id: string) => ['estate', orgId, 'system', id] as const,
  integrations: (orgId: string, systemId: string) => ['estate', orgId, 'integrations', systemId] as const,
  map: (orgId: string, search: string) => ['estate', orgId, 'map', search] as const,
  overview: (orgId: string) => ['estate', orgId, 'overview'] as const,
  projects: (orgId: string) => ['estate', orgId, 'projects'] as const,
  project: (orgId: string, id: string) => ['estate', orgId, 'project', id] as const,
  snapshots: (strategyId: string) => ['register-snapshots', strategyId] as const,
  snapshot: (strategyId: string, id: string) => ['register-snapshots', strategyId, id] as const,
};

export const estateBase = (orgId: string) => `/orgs/${orgId}`;
/** The CSV export is a plain link (the browser downloads it), so it carries the /api/v1 prefix itself. */
export const exportCsvHref = (orgId: string, search: string) => `/api/v1${estateBase(orgId)}/systems/export.csv${search}`;

/** `search` is the register's query string (with its leading "?", or empty), passed straight to the API. */
export const useSystems = (orgId: string, search: string) =>
  useQuery({
    queryKey: estateKeys.systems(orgId, search),
    queryFn: () => api.get<SystemList>(`${estateBase(orgId)}/systems${search}`),
    // Keep the old page on screen while the next filter loads, so the table does not flash empty.
    placeholderData: keepPreviousData,
  });

export const useSystem = (orgId: string, id: string) =>
  useQuery({ queryKey: estateKeys.system(orgId, id), queryFn: () => api.get<SystemView>(`${estateBase(orgId)}/systems/${id}`), enabled: id !== '' });

/** Every live system's id and name, for "choose another system" selects. */
export const useSystemChoices = (orgId: string) =>
  useQuery({
    queryKey: estateKeys.systems(orgId, '?pageSize=200&sort=name'),
    queryFn: () => api.get<SystemList>(`${estateBase(orgId)}/systems?pageSize=200&sort=name`),
  });

export const useIntegrations = (orgId: string, systemId: string) =>
  useQuery({
    queryKey: estateKeys.integrations(orgId, systemId),
    queryFn: () => api.get<IntegrationList>(`${estateBase(orgId)}/integrations?system=${encodeURIComponent(systemId)}`),
  });

export const useEstateMap = (orgId: string, search: string) =>
  useQuery({
    queryKey: estateKeys.map(orgId, search),
    queryFn: () => api.get<EstateMap>(`${estateBase(orgId)}/estate/map${search}`),
    placeholderData: keepPreviousData,
  });

export const useEstateOverview = (orgId: string) =>
  useQuery({ queryKey: estateKeys.overview(orgId), queryFn: () => api.get<EstateOverview>(`${estateBase(orgId)}/estate/overview`) });

export const useProjects = (orgId: string) =>
  useQuery({ queryKey: estateKeys.projects(orgId), queryFn: () => api.get<ProjectList>(`${estateBase(orgId)}/projects`) });

export const useProject = (orgId: string, id: string) =>
  useQuery({ queryKey: estateKeys.project(orgId, id), queryFn: () => api.get<ProjectView>(`${estateBase(orgId)}/projects/${id}`), enabled: id !== '' });

function useEstateChange<Input, Output>(orgId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: estateKeys.all(orgId) }), client.invalidateQueries({ queryKey: ['audit', orgId] })]),
  });
}

export const useCreateSystem = (orgId: string) =>
  useEstateChange(orgId, (input: CreateSystem) => api.post<SystemView>(`${estateBase(orgId)}/systems`, input));
export const useUpdateSystem = (orgId: string, id: string) =>
  useEstateChange(orgId, (input: UpdateSystem) => api.patch<SystemView>(`${estateBase(orgId)}/systems/${id}`, input));
export const useRetireSystem = (orgId: string, id: string) =>
  useEstateChange(orgId, (retire: boolean) => api.post<SystemView>(`${estateBase(orgId)}/systems/${id}/${retire ? 'retire' : 'reinstate'}`));

export const useCreateIntegration = (orgId: string) =>
  useEstateChange(orgId, (input: IntegrationInput) => api.post<IntegrationView>(`${estateBase(orgId)}/integrations`, input));
export const useUpdateIntegration = (orgId: string) =>
  useEstateChange(orgId, ({ id, input }: { id: string; input: IntegrationInput }) =>
    api.patch<IntegrationView>(`${estateBase(orgId)}/integrations/${id}`, input),
  );
export const useDeleteIntegration = (orgId: string) =>
  useEstateChange(orgId, (id: string) => api.delete<{ ok: true }>(`${estateBase(orgId)}/integrations/${id}`));

export const useCreateProject = (orgId: string) =>
  useEstateChange(orgId, (input: ProjectInput) => api.post<ProjectView>(`${estateBase(orgId)}/projects`, input));
export const useUpdateProject = (orgId: string, id: string) =>
  useEstateChange(orgId, (input: ProjectInput) => api.patch<ProjectView>(`${estateBase(orgId)}/projects/${id}`, input));
export const useDeleteProject = (orgId: string) =>
  useEstateChange(orgId, (id: string) => api.delete<{ ok: true }>(`${estateBase(orgId)}/projects/${id}`));

/** What the register import sends beside the file (see ZRegisterImportOptions). */
export interface RegisterImportInput {
  file: File;
  /** Column header → system field, or null to ignore the column; absent to accept the server's reading. */
  mapping?: Record<string, string | null> | undefined;
  mode: 'skip_existing' | 'update_existing';
}

/**
 * The register import is a multipart upload (a file, not JSON), so it does not go through
 * `api`; it sends the same CSRF token and reads problem+json the same way.
 */
async function uploadRegister<T>(path: string, csrfToken: string, input: RegisterImportInput): Promise<T> {
  const body = new FormData();
  body.set('mode', input.mode);
  if (input.mapping) body.set('mapping', JSON.stringify(input.mapping));
  body.set('file', input.file, input.file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method: 'POST', body, headers: { Accept: 'application/json', 'X-CSRF-Token': csrfToken }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network_error', 'Chorus could not be reached. Check your connection and try again.');
  }
  const problem = (await response.json().catch(() => ({}))) as { detail?: string; code?: string; errors?: { field: string; message: string }[] };
  if (response.ok) return problem as T;
  throw new ApiError(response.status, problem.code ?? 'unknown', problem.detail ?? `The request failed (${response.status}).`, problem.errors ?? []);
}

export const usePreviewRegisterImport = (orgId: string, csrfToken: string) =>
  useMutation({ mutationFn: (input: RegisterImportInput) => uploadRegister<RegisterImportPreview>(`${estateBase(orgId)}/systems/import/preview`, csrfToken, input) });
export const useCommitRegisterImport = (orgId: string, csrfToken: string) =>
  useEstateChange(orgId, (input: RegisterImportInput) => uploadRegister<RegisterImportResult>(`${estateBase(orgId)}/systems/import`, csrfToken, input));

/**
 * Systems where staff and architects disagree (the staff-voice module). Optional: until that
 * module answers, the register simply shows no highlight.
 */
export const useDisagreements = (orgId: string) =>
  useQuery({
    queryKey: ['estate', orgId, 'disagreements'],
    queryFn: () => api.get<EstateDisagreements>(`${estateBase(orgId)}/estate/disagreements`),
    retry: false,
  });

const snapshotsBase = (strategyId: string) => `/strategies/${strategyId}/register-snapshots`;
export const useSnapshots = (strategyId: string) =>
  useQuery({ queryKey: estateKeys.snapshots(strategyId), queryFn: () => api.get<SnapshotList>(snapshotsBase(strategyId)) });
export const useSnapshot = (strategyId: string, id: string) =>
  useQuery({ queryKey: estateKeys.snapshot(strategyId, id), queryFn: () => api.get<SnapshotView>(`${snapshotsBase(strategyId)}/${id}`) });
export function useCreateSnapshot(strategyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (label: string) => api.post<SnapshotView>(snapshotsBase(strategyId), { label }),
    onSuccess: () => client.invalidateQueries({ queryKey: estateKeys.snapshots(strategyId) }),
  });
}
