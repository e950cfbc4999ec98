import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommentSubject, DevelopComment, DevelopComments } from '../../../shared/contracts/comments.js';
import { api } from '../../app/api.js';

/** One key per subject, so adding a comment refreshes only that subject's list. */
export const commentKeys = {
  all: ['develop-comments'] as const,
  of: (subjectType: CommentSubject, subjectId: string) => ['develop-comments', subjectType, subjectId] as const,
};

const query = (subjectType: CommentSubject, subjectId: string) =>
  `subjectType=${encodeURIComponent(subjectType)}&subjectId=${encodeURIComponent(subjectId)}`;

export const useDevelopComments = (strategyId: string, subjectType: CommentSubject, subjectId: string) =>
  useQuery({
    queryKey: commentKeys.of(subjectType, subjectId),
    queryFn: () => api.get<DevelopComments>(`/strategies/${strategyId}/comments?${query(subjectType, subjectId)}`),
    enabled: subjectId !== '',
  });

export function useAddDevelopComment(strategyId: string, subjectType: CommentSubject, subjectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<DevelopComment>(`/strategies/${strategyId}/comments`, { subjectType, subjectId, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: commentKeys.of(subjectType, subjectId) }),
  });
}
