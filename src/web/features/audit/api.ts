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

/** Pages of the audit trail, newest first, fetched one cursor at a time by "Load more". */
export function useAuditTrail(orgId: string, filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', orgId, filters],
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>(
        `/orgs/${orgId}/audit${query({ ...filters, cursor: pageParam, limit: String(PAGE_SIZE) })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
