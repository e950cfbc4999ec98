import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentPage, FreeSectionInput, FreezeVersion, UpdateDocument, VersionComparison, VersionDetail } from '../../../shared/contracts/documents.js';
import { api } from '../../app/api.js';

export const documentKeys = {
  all: ['documents'] as const,
  page: (strategyId: string) => ['documents', 'page', strategyId] as const,
  version: (id: string) => ['documents', 'version', id] as const,
  compare: (id: string, otherId: string) => ['documents', 'compare', id, otherId] as const,
};

export const useDocumentPage = (strategyId: string, enabled = true) =>
  useQuery({ queryKey: documentKeys.page(strategyId), queryFn: () => api.get<DocumentPage>(`/strategies/${strategyId}/document`), enabled });

export const useDocumentVersion = (id: string) =>
  useQuery({ queryKey: documentKeys.version(id), queryFn: () => api.get<VersionDetail>(`/document-versions/${id}`) });

export const useVersionComparison = (id: string, otherId: string) =>
  useQuery({
    queryKey: documentKeys.compare(id, otherId),
    queryFn: () => api.get<VersionComparison>(`/document-versions/${id}/compare/${otherId}`),
    enabled: otherId !== '',
  });

/** Where a version's download is served; a plain link, so the browser saves the file itself. */
export const outputUrl = (versionId: string, kind: string) => `/api/v1/document-versions/${versionId}/outputs/${kind}`;

/**
 * Every change re-reads everything about documents: the page's draft is composed afresh by the
 * server, and a comparison with the draft changes with it.
 */
function useDocumentChange<Input, Output>(send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: documentKeys.all }) });
}

export const useUpdateDocument = (strategyId: string) =>
  useDocumentChange((input: UpdateDocument) => api.patch<{ ok: true }>(`/strategies/${strategyId}/document`, input));

export const useAddSection = (strategyId: string) =>
  useDocumentChange((input: FreeSectionInput) => api.post<{ id: string }>(`/strategies/${strategyId}/document/sections`, input));

export const useUpdateSection = (strategyId: string) =>
  useDocumentChange(({ id, input }: { id: string; input: FreeSectionInput }) => api.patch<{ ok: true }>(`/strategies/${strategyId}/document/sections/${id}`, input));

export const useDeleteSection = (strategyId: string) =>
  useDocumentChange((id: string) => api.delete<{ ok: true }>(`/strategies/${strategyId}/document/sections/${id}`));

export const useFreezeVersion = (strategyId: string) =>
  useDocumentChange((input: FreezeVersion) => api.post<{ id: string; number: number }>(`/strategies/${strategyId}/document/versions`, input));

export const usePublishVersion = (versionId: string) =>
  useDocumentChange(() => api.post<{ address: string; number: number }>(`/document-versions/${versionId}/publish`, {}));
