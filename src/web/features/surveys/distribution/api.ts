import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Distribution, ImportInvitationsResult, SendResult } from '../../../../shared/contracts/survey-distribution.js';
import { api } from '../../../app/api.js';

const key = (surveyId: string) => ['survey-distribution', surveyId] as const;

export const useDistribution = (surveyId: string) =>
  useQuery({ queryKey: key(surveyId), queryFn: () => api.get<Distribution>(`/surveys/${surveyId}/distribution`) });

function useDistributionChange<Input, Output>(surveyId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => client.invalidateQueries({ queryKey: key(surveyId) }) });
}

export const useSetOpenLink = (surveyId: string) =>
  useDistributionChange(surveyId, (enabled: boolean) => api.put<Distribution>(`/surveys/${surveyId}/distribution/open-link`, { enabled }));

export const useSetAccessCode = (surveyId: string) =>
  useDistributionChange(surveyId, (code: string | null) =>
    code === null
      ? api.delete<Distribution>(`/surveys/${surveyId}/distribution/access-code`)
      : api.put<Distribution>(`/surveys/${surveyId}/distribution/access-code`, { code }));

export const useImportInvitations = (surveyId: string) =>
  useDistributionChange(surveyId, (text: string) => api.post<ImportInvitationsResult>(`/surveys/${surveyId}/invitations/import`, { text }));

export const useSendInvitations = (surveyId: string, kind: 'send' | 'remind') =>
  useDistributionChange(surveyId, () => api.post<SendResult>(`/surveys/${surveyId}/invitations/${kind}`));

export const qrUrl = (surveyId: string) => `/api/v1/surveys/${surveyId}/distribution/qr.svg`;
export const posterUrl = (surveyId: string) => `/api/v1/surveys/${surveyId}/distribution/poster`;
