import { z } from 'zod';
import { ZId, ZName } from './common.js';

export const PHASES = ['discover', 'define', 'develop', 'deliver'] as const;
export const ZPhase = z.enum(PHASES, { error: 'must be one of discover, define, develop or deliver' });
export type Phase = z.infer<typeof ZPhase>;
export const PHASE_LABELS: Record<Phase, string> = {
  discover: 'Discover',
  define: 'Define',
  develop: 'Develop',
  deliver: 'Deliver',
};

const ZYear = (label: string) =>
  z
    .number({ error: `${label} must be a year, like 2026` })
    .int({ error: `${label} must be a year, like 2026` })
    .min(2000, { error: `${label} must be 2000 or later` })
    .max(2100, { error: `${label} must be 2100 or earlier` });

const horizonIsOrdered = (v: { startYear?: number | undefined; endYear?: number | undefined }) =>
  v.startYear === undefined || v.endYear === undefined || v.endYear >= v.startYear;
const horizonProblem = { error: 'End year must be the same as or after the start year', path: ['endYear'] };

export const ZCreateStrategy = z
  .object({
    name: ZName('a name for the strategy', 200),
    startYear: ZYear('Start year'),
    endYear: ZYear('End year'),
  })
  .refine(horizonIsOrdered, horizonProblem);

export const ZUpdateStrategy = z
  .object({
    name: ZName('a name for the strategy', 200).optional(),
    startYear: ZYear('Start year').optional(),
    endYear: ZYear('End year').optional(),
  })
  .refine(horizonIsOrdered, horizonProblem);

export const ZSetPhase = z.object({ phase: ZPhase });

export const ZStrategy = z.object({
  id: ZId,
  organisationId: ZId,
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  phase: ZPhase,
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), archive: z.boolean() }),
});
export type Strategy = z.infer<typeof ZStrategy>;

export const ZChecklistItem = z.object({
  id: z.string(),
  label: z.string(),
  done: z.boolean(),
  /** What to do next when not done. */
  hint: z.string(),
});

export const ZStrategyOverview = z.object({
  strategy: ZStrategy,
  checklist: z.array(z.object({ phase: ZPhase, items: z.array(ZChecklistItem) })),
});
export type StrategyOverview = z.infer<typeof ZStrategyOverview>;

export const ZStrategyListQuery = z.object({
  archived: z.enum(['true', 'false']).optional(),
});
