import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZJob } from '../../../shared/contracts/platform.js';
import type { ThemeRun, ThemeRunSummary } from '../../../shared/contracts/themes.js';
import { api } from '../../app/api.js';

export const themeKeys = {
  runs: (strategyId: string) => ['themes', strategyId, 'runs'] as const,
  run: (runId: string) => ['themes', 'run', runId] as const,
};

export const useThemeRuns = (strategyId: string) =>
  useQuery({ queryKey: themeKeys.runs(strategyId), queryFn: () => api.get<{ runs: ThemeRunSummary[] }>(`/strategies/${strategyId}/theme-runs`) });

/** A run; while it is queued or running the page asks again every second and a half. */
export const useThemeRun = (runId: string) =>
  useQuery({
    queryKey: themeKeys.run(runId),
    queryFn: () => api.get<ThemeRun>(`/theme-runs/${runId}`),
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'queued' || q.state.data.status === 'running') ? 1500 : false),
  });

/** The run's background job, for how far the grouping has got; asked for only while the run works. */
export const useRunProgress = (orgId: string, jobId: string | null, working: boolean) =>
  useQuery({
    queryKey: ['job', orgId, jobId],
    queryFn: () => api.get<z.infer<typeof ZJob>>(`/orgs/${orgId}/jobs/${jobId}`),
    enabled: working && jobId !== null,
    refetchInterval: working ? 1000 : false,
  });

export interface Started { id: string; jobId: string | null; itemCount: number }

export function useStartRun(strategyId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => api.post<Started>(`/strategies/${strategyId}/theme-runs`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: themeKeys.runs(strategyId) }),
  });
}

/** Every change to a suggestion refreshes its run. */
export function useSuggestionAction(runId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body, method = 'post' }: { path: string; body?: object; method?: 'post' | 'patch' }) => api[method]<unknown>(path, body ?? {}),
    onSuccess: () => client.invalidateQueries({ queryKey: themeKeys.run(runId) }),
  });
}

/** The evidence library's query string as a filter (repeated keys become lists). */
export function filterFromQuery(query: string): Record<string, string | string[]> {
  const params = new URLSearchParams(query);
  const filter: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    if (key === 'page') continue;
    const values = params.getAll(key);
    filter[key] = key === 'source' || key === 'sentiment' ? values : values[0]!;
  }
  return filter;
}
