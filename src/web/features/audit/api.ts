import { useInfiniteQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZAuditPage } from '../../../shared/contracts/audit.js';
import { api, query } from '../../app/api.js';

export type AuditPage = z.infer<typeof ZAuditPage>;

export interface AuditFilters {
  action?: string | undefined;
  subjectType?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const PAGE_SIZE = 50;
export const PHONE_PAGE_SIZE = 20;

/** Pages of the audit trail, newest first, fetched one cursor at a time by "Load more". */
export function useAuditTrail(orgId: string, filters: AuditFilters, pageSize = PAGE_SIZE) {
  return useInfiniteQuery({
    queryKey: ['audit', orgId, filters, pageSize],
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(
        `/orgs/${orgId}/audit${query({ ...filters, cursor: pageParam, limit: String(pageSize) })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
