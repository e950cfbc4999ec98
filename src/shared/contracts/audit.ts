import { z } from 'zod';
import { ZId } from './common.js';

export const ZAuditQuery = z.object({
  action: z.string().max(100).optional(),
  actorUserId: ZId.optional(),
  subjectType: z.string().max(100).optional(),
  from: z.iso.date({ error: 'From must be a date like 2026-11-27' }).optional(),
  to: z.iso.date({ error: 'To must be a date like 2026-11-27' }).optional(),
  /** Keyset cursor: the `createdAt|id` of the last event seen. */
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZAuditEvent = z.object({
  id: ZId,
  actorUserId: ZId.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  /** The record's name or title, from the newest event about it that had one. */
  subjectLabel: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
});
export type AuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditPage = z.object({
  events: z.array(ZAuditEvent),
  nextCursor: z.string().nullable(),
  actions: z.array(z.string()),
  subjectTypes: z.array(z.string()),
});
