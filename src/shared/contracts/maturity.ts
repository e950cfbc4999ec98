import { z } from 'zod';
import { ZCalendarDate } from '../calendar-date.js';
import { ZId, ZOneLine } from './common.js';

/**
 * Digital maturity: frameworks of success measures (NHS England's What Good Looks Like ships
 * with every organisation), self-assessments scored 1..max per measure, and comparisons.
 */

export const MAX_RATIONALE_LENGTH = 10_000;
export const MAX_MEASURES = 20;
export const MAX_EVIDENCE = 20;
export const MAX_ASSESSORS = 30;
export const SUMMARY_NOTICE = 'Summary written by Chorus, not the official text';


const ZDescription = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .max(2_000, { error: `${what} must be 2,000 characters or fewer` })
    .optional()
    .transform((v) => v ?? '');

export const ZScaleMax = z
  .number({ error: 'The top of the scale must be a whole number from 1 to 5' })
  .int({ error: 'The top of the scale must be a whole number from 1 to 5' })
  .min(1, { error: 'The top of the scale must be a whole number from 1 to 5' })
  .max(5, { error: 'The top of the scale must be a whole number from 1 to 5' });

export const ZMeasureInput = z.object({
  /** An existing measure being kept (renamed, described or moved); absent for a new one. */
  id: ZId.optional(),
  name: ZOneLine('a name for each measure', 120),
  description: ZDescription('A measure’s description'),
});

const ZMeasures = z
  .array(ZMeasureInput, { error: 'Send the measures as a list' })
  .min(1, { error: 'Add at least one measure' })
  .max(MAX_MEASURES, { error: `A framework may have at most ${MAX_MEASURES} measures` })
  .refine((list) => new Set(list.map((m) => m.name.toLowerCase())).size === list.length, {
    error: 'Each measure needs a different name',
  })
  .refine((list) => {
    const ids = list.flatMap((m) => (m.id ? [m.id] : []));
    return new Set(ids).size === ids.length;
  }, { error: 'Each measure may appear only once' });

export const ZCreateFramework = z.object({
  name: ZOneLine('a name for the framework', 120),
  description: ZDescription('The description'),
  scaleMax: ZScaleMax.optional().transform((v) => v ?? 5),
  measures: ZMeasures,
});
export type CreateFramework = z.input<typeof ZCreateFramework>;

export const ZUpdateFramework = z.object({
  name: ZOneLine('a name for the framework', 120).optional(),
  description: ZDescription('The description').optional(),
  scaleMax: ZScaleMax.optional(),
  /** The whole ordered list: measures left out are removed (refused while the framework is in use). */
  measures: ZMeasures.optional(),
});
export type UpdateFramework = z.input<typeof ZUpdateFramework>;

export const ZCopyFramework = z.object({ name: ZOneLine('a name for the copy', 120).optional() });

export const ZMeasure = z.object({
  id: ZId,
  name: z.string(),
  description: z.string(),
  /** The description is Chorus's own summary of a published framework, not its official text. */
  chorusSummary: z.boolean(),
  position: z.number().int(),
});
export type Measure = z.infer<typeof ZMeasure>;

export const ZFramework = z.object({
  id: ZId,
  builtIn: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  scaleMax: z.number().int(),
  measures: z.array(ZMeasure),
  assessmentCount: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), copy: z.boolean() }),
});
export type Framework = z.infer<typeof ZFramework>;

export const ZFrameworkList = z.object({ frameworks: z.array(ZFramework), can: z.object({ create: z.boolean() }) });
export type FrameworkList = z.infer<typeof ZFrameworkList>;

/* Assessments */

export const ZEvidence = z
  .object({
    label: ZOneLine('a label for each piece of evidence', 200),
    url: z
      .string({ error: 'A link must be text' })
      .trim()
      .max(2_000, { error: 'A link must be 2,000 characters or fewer' })
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || isWebAddress(v), {
        error: 'A link must be a web address starting with https:// or http://, like https://intranet.example.nhs.uk/board-paper',
      }),
  });
export type Evidence = z.output<typeof ZEvidence>;

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const ZScoreInput = z.object({
  measureId: ZId,
  /** 1..the framework's top score, or null for "not yet scored". Checked against the framework by the command. */
  score: z
    .number({ error: 'A score must be a whole number from 1 to 5' })
    .int({ error: 'A score must be a whole number from 1 to 5' })
    .min(1, { error: 'A score must be a whole number from 1 to 5' })
    .max(5, { error: 'A score must be a whole number from 1 to 5' })
    .nullable(),
  rationale: z
    .string({ error: 'The rationale must be text' })
    .max(MAX_RATIONALE_LENGTH, { error: `A rationale must be ${MAX_RATIONALE_LENGTH.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: 'The rationale contains a character that cannot be stored (NUL)' })
    .optional()
    .transform((v) => v ?? ''),
  evidence: z
    .array(ZEvidence, { error: 'Send the evidence as a list' })
    .max(MAX_EVIDENCE, { error: `A measure may have at most ${MAX_EVIDENCE} pieces of evidence` })
    .optional()
    .transform((v) => v ?? []),
});
export type ScoreInput = z.input<typeof ZScoreInput>;

const ZScores = z
  .array(ZScoreInput, { error: 'Send the scores as a list' })
  .max(MAX_MEASURES, { error: `An assessment has at most ${MAX_MEASURES} measures` })
  .refine((list) => new Set(list.map((s) => s.measureId)).size === list.length, { error: 'Each measure may be scored only once' });

const ZAssessors = z
  .array(ZOneLine('the name or role of each assessor', 200), { error: 'Send the assessors as a list' })
  .max(MAX_ASSESSORS, { error: `List at most ${MAX_ASSESSORS} assessors` });

const ZStrategyLink = ZId.nullish().transform((v) => v ?? null);

export const ZCreateAssessment = z.object({
  frameworkId: ZId,
  title: ZOneLine('a title for the assessment', 200),
  assessedOn: ZCalendarDate('assessment'),
  assessors: ZAssessors.optional().transform((v) => v ?? []),
  strategyId: ZStrategyLink,
  scores: ZScores.optional().transform((v) => v ?? []),
});
export type CreateAssessment = z.input<typeof ZCreateAssessment>;

export const ZUpdateAssessment = z.object({
  title: ZOneLine('a title for the assessment', 200).optional(),
  assessedOn: ZCalendarDate('assessment').optional(),
  assessors: ZAssessors.optional(),
  strategyId: ZId.nullish(),
  /** Replaces the score, rationale and evidence of each measure named; others are untouched. */
  scores: ZScores.optional(),
});
export type UpdateAssessment = z.input<typeof ZUpdateAssessment>;

export const ASSESSMENT_STATUSES = ['draft', 'complete'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ZMeasureScore = z.object({
  measureId: ZId,
  name: z.string(),
  description: z.string(),
  chorusSummary: z.boolean(),
  score: z.number().int().nullable(),
  rationale: z.string(),
  evidence: z.array(z.object({ label: z.string(), url: z.string().nullable() })),
});
export type MeasureScore = z.infer<typeof ZMeasureScore>;

export const ZAssessmentSummary = z.object({
  id: ZId,
  title: z.string(),
  assessedOn: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  framework: z.object({ id: ZId, name: z.string(), scaleMax: z.number().int() }),
  /** An assessment of an archived strategy is a closed record, read-only until the strategy is restored. */
  strategy: z.object({ id: ZId, name: z.string(), archived: z.boolean() }).nullable(),
  scoredCount: z.number().int(),
  measureCount: z.number().int(),
  updatedAt: z.string(),
});
export type AssessmentSummary = z.infer<typeof ZAssessmentSummary>;

export const ZAssessment = ZAssessmentSummary.extend({
  assessors: z.array(z.string()),
  completedAt: z.string().nullable(),
  measures: z.array(ZMeasureScore),
  /** Names of the measures still lacking a score or a rationale, in framework order. */
  missing: z.array(z.string()),
  can: z.object({ update: z.boolean(), delete: z.boolean(), complete: z.boolean(), reopen: z.boolean() }),
});
export type Assessment = z.infer<typeof ZAssessment>;

export const ZAssessmentList = z.object({
  assessments: z.array(ZAssessmentSummary),
  frameworks: z.array(z.object({ id: ZId, name: z.string(), builtIn: z.string().nullable() })),
  strategies: z.array(z.object({ id: ZId, name: z.string() })),
  can: z.object({ create: z.boolean() }),
});
export type AssessmentList = z.infer<typeof ZAssessmentList>;

/* Comparison */

export const ZCompareQuery = z.object({ from: ZId, to: ZId });

export const ZComparisonRow = z.object({
  measureId: ZId,
  name: z.string(),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  /** to − from, or null when either is not scored. */
  change: z.number().int().nullable(),
});
export type ComparisonRow = z.infer<typeof ZComparisonRow>;

export const ZComparison = z.object({
  framework: z.object({ id: ZId, name: z.string(), scaleMax: z.number().int() }),
  from: ZAssessmentSummary,
  to: ZAssessmentSummary,
  rows: z.array(ZComparisonRow),
});
export type Comparison = z.infer<typeof ZComparison>;
