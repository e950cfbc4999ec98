import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportPreview, ImportResult, OrgUnit, StaffGroup, UnitKind, Workforce } from '../../../shared/contracts/workforce.js';
import { api } from '../../app/api.js';

export const workforceKeys = {
  workforce: (orgId: string) => ['workforce', orgId] as const,
};

export function useWorkforce(orgId: string) {
  return useQuery({ queryKey: workforceKeys.workforce(orgId), queryFn: () => api.get<Workforce>(`/orgs/${orgId}/workforce`) });
}

/**
 * Every change refetches the workforce, the audit trail and strategy overviews (whose
 * checklist says whether headcounts have been entered).
 */
function useWorkforceChange<Input, Output>(orgId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: workforceKeys.workforce(orgId) }),
        client.invalidateQueries({ queryKey: ['audit', orgId] }),
        client.invalidateQueries({ queryKey: ['strategy'] }),
      ]),
  });
}

const base = (orgId: string) => `/orgs/${orgId}/workforce`;
const force = (yes: boolean) => (yes ? '?force=true' : '');

export const useCreateUnit = (orgId: string) =>
  useWorkforceChange(orgId, (input: { kind: UnitKind; name: string; parentId?: string }) => api.post<OrgUnit>(`${base(orgId)}/units`, input));

export const useUpdateUnit = (orgId: string) =>
  useWorkforceChange(orgId, ({ id, ...changes }: { id: string; name?: string; parentId?: string }) =>
    api.patch<OrgUnit>(`${base(orgId)}/units/${id}`, changes),
  );

export const useDeleteUnit = (orgId: string) =>
  useWorkforceChange(orgId, ({ id, confirmed }: { id: string; confirmed: boolean }) => api.delete(`${base(orgId)}/units/${id}${force(confirmed)}`));

export const useCreateStaffGroup = (orgId: string) =>
  useWorkforceChange(orgId, (input: { name: string }) => api.post<StaffGroup>(`${base(orgId)}/staff-groups`, input));

export const useRenameStaffGroup = (orgId: string) =>
  useWorkforceChange(orgId, ({ id, name }: { id: string; name: string }) => api.patch<StaffGroup>(`${base(orgId)}/staff-groups/${id}`, { name }));

export const useReorderStaffGroups = (orgId: string) =>
  useWorkforceChange(orgId, (staffGroupIds: string[]) => api.put(`${base(orgId)}/staff-groups/order`, { staffGroupIds }));

export const useDeleteStaffGroup = (orgId: string) =>
  useWorkforceChange(orgId, ({ id, confirmed }: { id: string; confirmed: boolean }) => api.delete(`${base(orgId)}/staff-groups/${id}${force(confirmed)}`));

export interface CellChange {
  divisionId: string;
  staffGroupId: string;
  siteId: string | null;
  headcount: number | null;
}

export const useSetHeadcounts = (orgId: string) =>
  useWorkforceChange(orgId, (cells: CellChange[]) => api.put<Workforce>(`${base(orgId)}/headcounts`, { cells }));

export const usePreviewImport = (orgId: string) =>
  useMutation({ mutationFn: (csv: string) => api.post<ImportPreview>(`${base(orgId)}/imports/preview`, { csv }) });

export const useCommitImport = (orgId: string) =>
  useWorkforceChange(orgId, (csv: string) => api.post<ImportResult>(`${base(orgId)}/imports`, { csv }));
