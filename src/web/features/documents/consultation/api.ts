import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsultationPage, OpenConsultation, RecordHandling } from '../../../../shared/contracts/consultation.js';
import { api } from '../../../app/api.js';

export const consultationKeys = {
  page: (versionId: string) => ['consultation', versionId] as const,
};

const base = (versionId: string) => `/document-versions/${versionId}/consultation`;
export const reportUrl = (versionId: string) => `/api/v1${base(versionId)}/report.docx`;

export const useConsultation = (versionId: string) =>
  useQuery({ queryKey: consultationKeys.page(versionId), queryFn: () => api.get<ConsultationPage>(base(versionId)) });

/** Every change re-reads the page: status, figures and the comments' replies may all move. */
function useChange<Input, Output>(versionId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: consultationKeys.page(versionId) }) });
}

export const useOpenConsultation = (versionId: string) =>
  useChange(versionId, (input: OpenConsultation) => api.post<{ id: string; surveyId: string; openLinkSlug: string | null }>(base(versionId), input));
export const useCloseConsultation = (versionId: string) => useChange(versionId, () => api.post<{ ok: true }>(`${base(versionId)}/close`));
export const useReply = (versionId: string, evidenceId: string) =>
  useChange(versionId, (reply: string) => api.post<{ ok: true }>(`${base(versionId)}/comments/${evidenceId}/reply`, { reply }));
export const useRecordHandling = (versionId: string, evidenceId: string) =>
  useChange(versionId, (input: RecordHandling) => api.post<{ ok: true }>(`${base(versionId)}/comments/${evidenceId}/handling`, input));
