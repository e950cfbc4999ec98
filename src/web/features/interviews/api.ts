import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateInterview,
  Interview,
  InterviewList,
  InterviewOptions,
  Item,
  ItemKind,
  MergeTopics,
  TopicOverview,
  UpdateInterview,
} from '../../../shared/contracts/interviews.js';
import { api } from '../../app/api.js';

export const interviewKeys = {
  all: (strategyId: string) => ['interviews', strategyId] as const,
  list: (strategyId: string) => ['interviews', strategyId, 'list'] as const,
  one: (strategyId: string, id: string) => ['interviews', strategyId, 'one', id] as const,
  options: (strategyId: string) => ['interviews', strategyId, 'options'] as const,
  topics: (strategyId: string) => ['interviews', strategyId, 'topics'] as const,
};

const base = (strategyId: string) => `/strategies/${strategyId}/interviews`;

export const useInterviews = (strategyId: string) =>
  useQuery({ queryKey: interviewKeys.list(strategyId), queryFn: () => api.get<InterviewList>(base(strategyId)) });

export const useInterview = (strategyId: string, id: string) =>
  useQuery({
    queryKey: interviewKeys.one(strategyId, id),
    queryFn: () => api.get<Interview>(`${base(strategyId)}/${id}`),
    enabled: id !== '',
  });

export const useInterviewOptions = (strategyId: string, enabled: boolean) =>
  useQuery({
    queryKey: interviewKeys.options(strategyId),
    queryFn: () => api.get<InterviewOptions>(`${base(strategyId)}/options`),
    enabled,
  });

export const useTopics = (strategyId: string) =>
  useQuery({ queryKey: interviewKeys.topics(strategyId), queryFn: () => api.get<TopicOverview>(`/strategies/${strategyId}/interview-topics`) });

/**
 * Any change to interviews marks every interview query of the strategy stale (counts and
 * topics move together), and the strategy overview too, whose checklist counts interviews.
 */
function useInterviewChange<Input, Output>(strategyId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: interviewKeys.all(strategyId) }),
        client.invalidateQueries({ queryKey: ['strategy', strategyId] }),
      ]),
  });
}

export const useCreateInterview = (strategyId: string) =>
  useInterviewChange(strategyId, (input: CreateInterview) => api.post<Interview>(base(strategyId), input));

export const useUpdateInterview = (strategyId: string, id: string) =>
  useInterviewChange(strategyId, (input: UpdateInterview) => api.patch<Interview>(`${base(strategyId)}/${id}`, input));

export const useDeleteInterview = (strategyId: string, id: string) =>
  useInterviewChange(strategyId, () => api.delete<{ ok: true }>(`${base(strategyId)}/${id}`));

export const useAddItem = (strategyId: string, interviewId: string) =>
  useInterviewChange(strategyId, (input: { kind: ItemKind; label: string; detail: string | null }) =>
    api.post<Item>(`${base(strategyId)}/${interviewId}/items`, input),
  );

export const useUpdateItem = (strategyId: string, interviewId: string) =>
  useInterviewChange(strategyId, ({ id, ...input }: { id: string; label: string; detail: string | null }) =>
    api.patch<Item>(`${base(strategyId)}/${interviewId}/items/${id}`, input),
  );

export const useDeleteItem = (strategyId: string, interviewId: string) =>
  useInterviewChange(strategyId, (id: string) => api.delete<{ ok: true }>(`${base(strategyId)}/${interviewId}/items/${id}`));

export const useSplitItem = (strategyId: string) =>
  useInterviewChange(strategyId, ({ interviewId, itemId }: { interviewId: string; itemId: string }) =>
    api.post<Item>(`${base(strategyId)}/${interviewId}/items/${itemId}/split`),
  );

export const useMergeTopics = (strategyId: string) =>
  useInterviewChange(strategyId, (input: MergeTopics) => api.post<TopicOverview>(`/strategies/${strategyId}/interview-topics/merge`, input));
