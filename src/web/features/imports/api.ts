import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportDone, ImportOptions, ImportPreview, ImportQueued } from '../../../shared/contracts/imports.js';
import type { z } from 'zod';
import type { ZJob } from '../../../shared/contracts/platform.js';
import { api } from '../../app/api.js';

export type Job = z.infer<typeof ZJob>;
export interface ImportFile {
  fileName: string;
  content: string;
}

/** The largest file the server takes: 50 MB of JSON holds about 37 MB once base64-encoded. */
export const MAX_FILE_BYTES = 37 * 1024 * 1024;

/** A file's bytes as base64, in chunks so a large file does not overflow the call stack. */
export async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const base = (strategyId: string) => `/strategies/${strategyId}/imports`;

export const usePreviewSurveyImport = (strategyId: string) =>
  useMutation({ mutationFn: (input: ImportFile & Partial<ImportOptions>) => api.post<ImportPreview>(`${base(strategyId)}/preview`, input) });

export function useCommitSurveyImport(strategyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportFile & Partial<ImportOptions>) => api.post<ImportDone | ImportQueued>(base(strategyId), input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['surveys'] }),
  });
}

/** Polls a background import until it is done or has failed. */
export function useImportJob(orgId: string, jobId: string | null) {
  return useQuery({
    queryKey: ['job', orgId, jobId],
    queryFn: () => api.get<Job>(`/orgs/${orgId}/jobs/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data && ['done', 'failed'].includes(query.state.data.state) ? false : 1000),
  });
}
