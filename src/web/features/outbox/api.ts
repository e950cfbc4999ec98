import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZOutboxPage } from '../../../shared/contracts/platform.js';
import { api } from '../../app/api.js';

export type OutboxPage = z.infer<typeof ZOutboxPage>;
export type OutboxMessage = OutboxPage['messages'][number];

export function useOutbox(orgId: string) {
  return useQuery({ queryKey: ['outbox', orgId], queryFn: () => api.get<OutboxPage>(`/orgs/${orgId}/outbox`) });
}

/** The web addresses in a message, for copying; the message itself is shown only as text. */
export function linksIn(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"']+/g) ?? [];
  // A link that ends a sentence must not take the full stop with it.
  return [...new Set(found.map((url) => url.replace(/[.,;:!?)]+$/, '')))];
}
