import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Assessment,
  AssessmentList,
  Comparison,
  CreateAssessment,
  CreateFramework,
  Framework,
  FrameworkList,
  UpdateAssessment,
  UpdateFramework,
} from '../../../shared/contracts/maturity.js';
import { api } from '../../app/api.js';

const base = (orgId: string) => `/orgs/${orgId}/maturity`;

export const maturityKeys = {
  all: (orgId: string) => ['maturity', orgId] as const,
  assessments: (orgId: string) => ['maturity', orgId, 'assessments'] as const,
  assessment: (orgId: string, id: string) => ['maturity', orgId, 'assessment', id] as const,
  compare: (orgId: string, from: string, to: string) => ['maturity', orgId, 'compare', from, to] as const,
  frameworks: (orgId: string) => ['maturity', orgId, 'frameworks'] as const,
};

export const useAssessments = (orgId: string) =>
  useQuery({ queryKey: maturityKeys.assessments(orgId), queryFn: () => api.get<AssessmentList>(`${base(orgId)}/assessments`) });

export const useAssessment = (orgId: string, id: string) =>
  useQuery({ queryKey: maturityKeys.assessment(orgId, id), queryFn: () => api.get<Assessment>(`${base(orgId)}/assessments/${id}`), enabled: id !== '' });

export const useComparison = (orgId: string, from: string, to: string) =>
  useQuery({
    queryKey: maturityKeys.compare(orgId, from, to),
    queryFn: () => api.get<Comparison>(`${base(orgId)}/assessments/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`),
    enabled: from !== '' && to !== '',
  });

export const useFrameworks = (orgId: string) =>
  useQuery({ queryKey: maturityKeys.frameworks(orgId), queryFn: () => api.get<FrameworkList>(`${base(orgId)}/frameworks`) });

function useMaturityChange<Input, Output>(orgId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    // The strategy checklist counts complete assessments, so strategies refetch too.
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: maturityKeys.all(orgId) }), client.invalidateQueries({ queryKey: ['strategy'] })]),
  });
}

export const useCreateAssessment = (orgId: string) =>
  useMaturityChange(orgId, (input: CreateAssessment) => api.post<Assessment>(`${base(orgId)}/assessments`, input));
export const useUpdateAssessment = (orgId: string, id: string) =>
  useMaturityChange(orgId, (input: UpdateAssessment) => api.patch<Assessment>(`${base(orgId)}/assessments/${id}`, input));
export const useCompleteAssessment = (orgId: string, id: string) =>
  useMaturityChange(orgId, () => api.post<Assessment>(`${base(orgId)}/assessments/${id}/complete`));
export const useReopenAssessment = (orgId: string, id: string) =>
  useMaturityChange(orgId, () => api.post<Assessment>(`${base(orgId)}/assessments/${id}/reopen`));
export const useDeleteAssessment = (orgId: string, id: string) =>
  useMaturityChange(orgId, () => api.delete<{ ok: true }>(`${base(orgId)}/assessments/${id}`));

export const useCreateFramework = (orgId: string) =>
  useMaturityChange(orgId, (input: CreateFramework) => api.post<Framework>(`${base(orgId)}/frameworks`, input));
export const useUpdateFramework = (orgId: string, id: string) =>
  useMaturityChange(orgId, (input: UpdateFramework) => api.patch<Framework>(`${base(orgId)}/frameworks/${id}`, input));
export const useCopyFramework = (orgId: string) =>
  useMaturityChange(orgId, (id: string) => api.post<Framework>(`${base(orgId)}/frameworks/${id}/copy`, {}));
export const useDeleteFramework = (orgId: string) =>
  useMaturityChange(orgId, (id: string) => api.delete<{ ok: true }>(`${base(orgId)}/frameworks/${id}`));
