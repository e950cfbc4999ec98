import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BuilderResult, CreateSurvey, SurveyBuilder, SurveySummary, UpdateSurvey } from '../../../shared/contracts/surveys.js';
import { api } from '../../app/api.js';

export const surveyKeys = {
  list: (strategyId: string) => ['surveys', strategyId] as const,
  builder: (surveyId: string) => ['survey', surveyId] as const,
};

export function useSurveys(strategyId: string) {
  return useQuery({
    queryKey: surveyKeys.list(strategyId),
    queryFn: async () => (await api.get<{ surveys: SurveySummary[] }>(`/strategies/${strategyId}/surveys`)).surveys,
  });
}

export function useSurveyBuilder(surveyId: string) {
  return useQuery({ queryKey: surveyKeys.builder(surveyId), queryFn: () => api.get<SurveyBuilder>(`/surveys/${surveyId}`) });
}

export function useCreateSurvey(strategyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSurvey) => api.post<SurveySummary>(`/strategies/${strategyId}/surveys`, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: surveyKeys.list(strategyId) }),
        client.invalidateQueries({ queryKey: ['strategy', strategyId] }),
      ]),
  });
}

/** Settings and the life cycle answer with the survey's summary; the builder is refetched. */
function useSurveyChange<Input>(survey: SurveySummary, send: (input: Input) => Promise<SurveySummary>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: surveyKeys.builder(survey.id) }),
        client.invalidateQueries({ queryKey: surveyKeys.list(survey.strategyId) }),
        // The strategy's checklist ticks "Staff survey published".
        client.invalidateQueries({ queryKey: ['strategy', survey.strategyId] }),
      ]),
  });
}

export const useUpdateSurvey = (survey: SurveySummary) =>
  useSurveyChange(survey, (input: UpdateSurvey) => api.patch<SurveySummary>(`/surveys/${survey.id}`, input));

export type LifecycleStep = 'publish' | 'close' | 'reopen';
export const useLifecycle = (survey: SurveySummary) =>
  useSurveyChange(survey, (step: LifecycleStep) => api.post<SurveySummary>(`/surveys/${survey.id}/${step}`));

export function useDeleteSurvey(surveyId: string, strategyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<null>(`/surveys/${surveyId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: surveyKeys.list(strategyId) }),
  });
}

export interface BuilderRequest {
  method: 'POST' | 'PATCH' | 'DELETE';
  /** Under /surveys/:surveyId, e.g. `/questions/…/move`. */
  path: string;
  body?: unknown;
}

/**
 * Every change to sections and questions answers with the whole builder, which replaces
 * the cached one: what the page shows is always what the server holds.
 */
export function useBuilderChange(surveyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: BuilderRequest) => {
      const url = `/surveys/${surveyId}${path}`;
      if (method === 'DELETE') return api.delete<BuilderResult>(url);
      return method === 'POST' ? api.post<BuilderResult>(url, body) : api.patch<BuilderResult>(url, body);
    },
    onSuccess: (result) => {
      const { changedId: _changed, ...builder } = result;
      client.setQueryData(surveyKeys.builder(surveyId), builder);
      return client.invalidateQueries({ queryKey: surveyKeys.list(result.survey.strategyId) });
    },
  });
}
