import { z } from 'zod';
import { ZId } from './common.js';

/**
 * The walk up from what people said to what the strategy does about it: the priorities and
 * roadmap initiatives an insight (or a piece of evidence, through its insights) supports.
 */
export const ZSupportedPriority = z.object({ id: ZId, title: z.string(), position: z.number().int() });
export const ZSupportedInitiative = z.object({
  id: ZId,
  title: z.string(),
  programme: z.string(),
  /** 'direct': linked to the insight itself; 'priority': part of a programme of a priority the insight supports. */
  via: z.enum(['direct', 'priority']),
});
export const ZSupports = z.object({
  priorities: z.array(ZSupportedPriority),
  initiatives: z.array(ZSupportedInitiative),
});
export type Supports = z.infer<typeof ZSupports>;
