import { z } from 'zod';
import { ZId } from './common.js';

export const ZOutboxMessage = z.object({
  id: ZId,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['queued', 'sent', 'held', 'failed']),
  createdAt: z.string(),
});
export const ZOutboxPage = z.object({ messages: z.array(ZOutboxMessage), delivery: z.enum(['smtp', 'outbox']) });

export const ZJob = z.object({
  id: ZId,
  kind: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  done: z.number().int(),
  total: z.number().int().nullable(),
  message: z.string().nullable(),
  result: z.unknown(),
});

export const ZHealth = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean(), latencyMs: z.number() }),
  version: z.string(),
});
