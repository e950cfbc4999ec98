import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Coverage, QuestionResult, ResultsFilter, ZResultsOverview } from '../../../shared/contracts/results.js';
import { api, query } from '../../app/api.js';

export type ResultsOverview = z.infer<typeof ZResultsOverview>;

export const resultKeys = {
  overview: (surveyId: string) => ['results', surveyId] as const,
  question: (surveyId: string, questionId: string, filter: ResultsFilter) => ['results', surveyId, questionId, filter] as const,
  coverage: (surveyId: string, targetRate: number) => ['coverage', surveyId, targetRate] as const,
};

/** The filter as the API's query string; empty values are left out. */
export const filterQuery = (filter: ResultsFilter) =>
  query({ staffGroup: filter.staffGroup, division: filter.division, site: filter.site, compareBy: filter.compareBy });

export function useResultsOverview(surveyId: string) {
  return useQuery({ queryKey: resultKeys.overview(surveyId), queryFn: () => api.get<ResultsOverview>(`/surveys/${surveyId}/results`) });
}

/** One question's result; `enabled` lets a card wait until it is about to be seen. */
export function useQuestionResult(surveyId: string, questionId: string, filter: ResultsFilter, enabled = true) {
  return useQuery({
    queryKey: resultKeys.question(surveyId, questionId, filter),
    queryFn: () => api.get<QuestionResult>(`/surveys/${surveyId}/results/${questionId}${filterQuery(filter)}`),
    enabled,
  });
}

export function useCoverage(surveyId: string, targetRate: number) {
  return useQuery({
    queryKey: resultKeys.coverage(surveyId, targetRate),
    queryFn: () => api.get<Coverage>(`/surveys/${surveyId}/coverage?targetRate=${targetRate}`),
    // A new target keeps the old table on screen until the new one arrives, rather than flashing empty.
    placeholderData: keepPreviousData,
  });
}

/** Plain links (not fetches) so the browser downloads the file with the session cookie. */
export const downloads = {
  results: (surveyId: string, filter: ResultsFilter) =>
    `/api/v1/surveys/${surveyId}/results.csv${filterQuery(filter)}`,
  responses: (surveyId: string) => `/api/v1/surveys/${surveyId}/responses.csv`,
  coverage: (surveyId: string, targetRate: number) => `/api/v1/surveys/${surveyId}/coverage.csv?targetRate=${targetRate}`,
};
