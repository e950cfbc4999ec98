import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SignOffDecision, SignOffPage, SubmitForSignOff, VerifyResult } from '../../../../shared/contracts/document-signoff.js';
import { api } from '../../../app/api.js';

const url = (versionId: string, rest = '') => `/document-versions/${versionId}/sign-off${rest}`;
export const signOffKeys = { version: (versionId: string) => ['document-signoff', versionId] as const };

export const useSignOff = (versionId: string) => useQuery({ queryKey: signOffKeys.version(versionId), queryFn: () => api.get<SignOffPage>(url(versionId)) });

/** Each step changes the round, and may lock or unlock the version: its page is read again too. */
function useSignOffStep<Input, Output>(versionId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: signOffKeys.version(versionId) }), client.invalidateQueries({ queryKey: ['documents'] })]),
  });
}

export const useSubmitForSignOff = (versionId: string) =>
  useSignOffStep(versionId, (input: SubmitForSignOff) => api.post<{ id: string }>(url(versionId), input));
export const useDecideSignOff = (versionId: string) =>
  useSignOffStep(versionId, (input: SignOffDecision) => api.post<{ status: string }>(url(versionId, '/decision'), input));
export const useWithdrawSignOff = (versionId: string) => useSignOffStep(versionId, () => api.post<{ ok: true }>(url(versionId, '/withdraw')));

/** A file's bytes as base64, in chunks so a large file does not overflow the call stack. */
async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Checks a file against the signed-off record (the server computes its SHA-256; nothing is stored). */
export const useVerifyFile = (versionId: string) =>
  useMutation({
    mutationFn: async (file: File) => api.post<VerifyResult>(url(versionId, '/verify'), { fileName: file.name, fileBase64: await fileAsBase64(file) }),
  });
