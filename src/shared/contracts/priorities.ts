import { z } from 'zod';
import { hasControlCharacters, ZId, ZOneLine } from './common.js';
import { STRENGTH_LEVELS, ZSpread, SOURCE_KINDS } from './insights.js';
import { TIME_QUADRANTS } from './estate.js';

export const PRIORITY_TITLE_MAX = 200;
export const PRIORITY_TEXT_MAX = 5_000;
export const PRIORITY_NAME_MAX = 120;
export const CRITERION_KINDS = ['value', 'effort'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
/** Fewer pieces of evidence than this behind a priority and it is "thinly evidenced". */
export const THIN_EVIDENCE_MIN = 10;

/** Kept as written; only NUL is refused, as PostgreSQL cannot store it. */
const ZText = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .max(PRIORITY_TEXT_MAX, { error: `${what} must be ${PRIORITY_TEXT_MAX.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: `${what} contains a character that cannot be stored (NUL): remove it` });
/** A name with role ("Chief Nurse"), or nothing yet. */
const ZPerson = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .max(PRIORITY_NAME_MAX, { error: `${what} must be ${PRIORITY_NAME_MAX} characters or fewer` })
    .refine((v) => !hasControlCharacters(v), { error: `${what} must be on one line, without tabs` });
const ZIdList = (what: string) => z.array(ZId).max(500, { error: `Choose 500 ${what} or fewer` });

export const ZPriorityParams = z.object({ priorityId: ZId });
export const ZCriterionParams = z.object({ strategyId: ZId, criterionId: ZId });

export const ZMaturityTarget = z.object({
  measureId: ZId,
  targetLevel: z
    .number({ error: 'The target level must be a whole number from 1 to 5' })
    .int({ error: 'The target level must be a whole number from 1 to 5' })
    .min(1, { error: 'The target level must be from 1 to 5' })
    .max(5, { error: 'The target level must be from 1 to 5' }),
});

const priorityFields = {
  title: ZOneLine('a title', PRIORITY_TITLE_MAX),
  summary: ZText('The summary'),
  ambition: ZText('The ambition'),
  sponsor: ZPerson('The executive sponsor'),
  lead: ZPerson('The lead'),
  insightIds: ZIdList('insights'),
  maturityTargets: z.array(ZMaturityTarget).max(100, { error: 'Choose 100 maturity measures or fewer' }),
  systemIds: ZIdList('systems'),
};

export const ZCreatePriority = z.object({
  title: priorityFields.title,
  summary: priorityFields.summary.optional(),
  ambition: priorityFields.ambition.optional(),
  sponsor: priorityFields.sponsor.optional(),
  lead: priorityFields.lead.optional(),
  insightIds: priorityFields.insightIds.optional(),
  maturityTargets: priorityFields.maturityTargets.optional(),
  systemIds: priorityFields.systemIds.optional(),
});
export type CreatePriority = z.infer<typeof ZCreatePriority>;
/** Any field given replaces what is there; the link lists replace the whole list. */
export const ZUpdatePriority = ZCreatePriority.partial();
export type UpdatePriority = z.infer<typeof ZUpdatePriority>;

export const ZMovePriority = z.object({
  position: z.number({ error: 'The position must be a whole number' }).int({ error: 'The position must be a whole number' }).min(0, { error: 'The position must be 0 or more' }),
  reason: z
    .string({ error: 'The reason must be text' })
    .trim()
    .max(1_000, { error: 'The reason must be 1,000 characters or fewer' })
    .refine((v) => !v.includes('\u0000'), { error: 'The reason contains a character that cannot be stored (NUL): remove it' })
    .optional(),
});

const ZWeight = z
  .number({ error: 'The weight must be a whole number from 0 to 100' })
  .int({ error: 'The weight must be a whole number from 0 to 100' })
  .min(0, { error: 'The weight must be from 0 to 100' })
  .max(100, { error: 'The weight must be from 0 to 100' });

export const ZCreateCriterion = z.object({
  name: ZOneLine('a name for the criterion', PRIORITY_NAME_MAX),
  kind: z.enum(CRITERION_KINDS, { error: 'The kind must be value or effort' }),
  weight: ZWeight,
});
export const ZUpdateCriterion = z.object({
  name: ZOneLine('a name for the criterion', PRIORITY_NAME_MAX).optional(),
  kind: z.enum(CRITERION_KINDS, { error: 'The kind must be value or effort' }).optional(),
  weight: ZWeight.optional(),
  position: z.number().int().min(0, { error: 'The position must be 0 or more' }).optional(),
});
export const ZWeights = z.array(z.object({ criterionId: ZId, weight: ZWeight })).max(50, { error: 'Give 50 weights or fewer' });
export const ZScores = z
  .array(
    z.object({
      criterionId: ZId,
      score: z.number({ error: 'A score must be a whole number from 1 to 5' }).int({ error: 'A score must be a whole number from 1 to 5' }).min(1, { error: 'A score must be from 1 to 5' }).max(5, { error: 'A score must be from 1 to 5' }),
    }),
  )
  .max(50, { error: 'Give 50 scores or fewer' });

export const ZCriterion = z.object({ id: ZId, name: z.string(), kind: z.enum(CRITERION_KINDS), weight: z.number().int(), position: z.number().int() });
export type Criterion = z.infer<typeof ZCriterion>;
export const ZCriteria = z.object({ criteria: z.array(ZCriterion) });

const ZStrengthBrief = z.object({ level: z.enum(STRENGTH_LEVELS), items: z.number().int(), sourceKinds: z.number().int() });

export const ZPrioritySummary = z.object({
  id: ZId,
  title: z.string(),
  summary: z.string(),
  sponsor: z.string(),
  lead: z.string(),
  position: z.number().int(),
  positionReason: z.string(),
  insightCount: z.number().int(),
  /** Score by criterion id; criteria not yet scored are absent. */
  scores: z.record(z.string(), z.number().int()),
});
export type PrioritySummary = z.infer<typeof ZPrioritySummary>;

export const ZPriorityList = z.object({
  priorities: z.array(ZPrioritySummary),
  criteria: z.array(ZCriterion),
  /** The ranking rule in one sentence, as the shared function applies it. */
  rule: z.string(),
  can: z.object({ edit: z.boolean() }),
});
export type PriorityList = z.infer<typeof ZPriorityList>;

export const ZPriorityDetail = z.object({
  id: ZId,
  strategyId: ZId,
  title: z.string(),
  summary: z.string(),
  ambition: z.string(),
  sponsor: z.string(),
  lead: z.string(),
  position: z.number().int(),
  positionReason: z.string(),
  insights: z.array(z.object({ id: ZId, statement: z.string(), strength: ZStrengthBrief })),
  maturityTargets: z.array(
    z.object({
      measureId: ZId,
      name: z.string(),
      targetLevel: z.number().int(),
      currentLevel: z.number().int().nullable(),
      /** Where the current level comes from: "Baseline, 10 January 2026". */
      currentFrom: z.string().nullable(),
    }),
  ),
  systems: z.array(z.object({ id: ZId, name: z.string(), time: z.enum(TIME_QUADRANTS).nullable() })),
  scores: z.array(z.object({ criterionId: ZId, name: z.string(), kind: z.enum(CRITERION_KINDS), weight: z.number().int(), score: z.number().int().nullable() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), comment: z.boolean() }),
});
export type PriorityDetail = z.infer<typeof ZPriorityDetail>;

/** The choices the form offers: the strategy's insights, the maturity measures and the live systems. */
export const ZPriorityOptions = z.object({
  insights: z.array(z.object({ id: ZId, statement: z.string(), strength: ZStrengthBrief })),
  measures: z.array(z.object({ id: ZId, name: z.string(), framework: z.string(), currentLevel: z.number().int().nullable() })),
  systems: z.array(z.object({ id: ZId, name: z.string(), time: z.enum(TIME_QUADRANTS).nullable() })),
});
export type PriorityOptions = z.infer<typeof ZPriorityOptions>;

export const ZPriorityVoices = z.object({
  priorityId: ZId,
  /** Distinct pieces of evidence across the priority's insights. */
  items: z.number().int(),
  sources: z.record(z.enum(SOURCE_KINDS), z.number().int()),
  leaders: z.number().int(),
  staff: z.number().int(),
  /** Survey answers by division and staff group, through the suppression function. */
  divisions: ZSpread,
  staffGroups: ZSpread,
  /** The smallest group the organisation shows: hidden groups read "fewer than" this. */
  minGroupSize: z.number().int(),
  insights: z.array(z.object({ id: ZId, statement: z.string(), strength: ZStrengthBrief })),
});
export type PriorityVoices = z.infer<typeof ZPriorityVoices>;

export const ZPriorityWarnings = z.object({
  unanswered: z.array(z.object({ insightId: ZId, statement: z.string(), items: z.number().int(), reason: z.string() })),
  thin: z.array(z.object({ priorityId: ZId, title: z.string(), items: z.number().int(), reasons: z.array(z.string()) })),
});
export type PriorityWarnings = z.infer<typeof ZPriorityWarnings>;
