import { z } from 'zod';
import { ZId } from './common.js';

export const SEGMENT_DIMENSIONS = ['staff_group', 'division', 'site'] as const;
export type SegmentDimension = (typeof SEGMENT_DIMENSIONS)[number];
/** The segment of respondents who did not say (or whose answer no longer exists). */
export const NOT_STATED = 'not_stated';
/** Coverage's key for "every division" (or staff group) when a survey never asked which one. */
export const ALL_GROUPS = '*';

/** A count after suppression: null when hidden to protect a small group. */
export const ZSafeCount = z.object({ value: z.number().int().nullable(), suppressed: z.boolean() });
export type SafeCountView = z.infer<typeof ZSafeCount>;

export const ZResultsFilter = z.object({
  staffGroup: z.string().max(64).optional(),
  division: z.string().max(64).optional(),
  site: z.string().max(64).optional(),
  compareBy: z.enum(SEGMENT_DIMENSIONS).optional(),
});
export type ResultsFilter = z.infer<typeof ZResultsFilter>;

export const ZItemResult = z.object({
  key: z.string(),
  label: z.string(),
  count: ZSafeCount,
  /** Of all respondents in the filter; null when either number is hidden. */
  percent: z.number().nullable(),
});

/**
 * One row (matrix statement or system) for one compared group. `answered` and `percent`
 * ("% positive": levels 4–5 of those who answered the row) are null unless all five level
 * counts are shown, because they are sums of those counts.
 */
export const ZRowComparison = z.object({
  key: z.string(),
  label: z.string(),
  items: z.array(ZItemResult),
  answered: z.number().int().nullable(),
  percent: z.number().nullable(),
});
export type RowComparison = z.infer<typeof ZRowComparison>;

export const ZSegmentItems = z.object({
  key: z.string(),
  label: z.string(),
  respondents: ZSafeCount,
  items: z.array(ZItemResult),
  /** Matrix and systems questions: each row for this group; empty for other types. */
  rows: z.array(ZRowComparison),
});

export const ZQuestionResult = z.object({
  questionId: ZId,
  type: z.string(),
  title: z.string(),
  respondents: ZSafeCount,
  /** Choice, scale and profile questions: one item per option or scale point, then "No answer". */
  items: z.array(ZItemResult),
  /** Matrix questions: one block per statement. */
  rows: z.array(z.object({ key: z.string(), label: z.string(), items: z.array(ZItemResult) })),
  /** With compareBy: the same items for each segment. */
  comparison: z.array(ZSegmentItems),
  /** Free-text questions: answers, only for a group at or above the threshold. */
  texts: z.object({ shown: z.boolean(), reason: z.string().nullable(), answers: z.array(z.string()) }).nullable(),
});
export type QuestionResult = z.infer<typeof ZQuestionResult>;

export const ZSegmentOption = z.object({ key: z.string(), label: z.string() });

export const ZResultsOverview = z.object({
  survey: z.object({ id: ZId, title: z.string(), anonymous: z.boolean(), status: z.string() }),
  threshold: z.number().int(),
  respondents: ZSafeCount,
  segments: z.object({ staff_group: z.array(ZSegmentOption), division: z.array(ZSegmentOption), site: z.array(ZSegmentOption) }),
  questions: z.array(z.object({ id: ZId, title: z.string(), type: z.string(), sectionTitle: z.string() })),
});

export const ZCoverageCell = z.object({
  staffGroup: z.string(),
  division: z.string(),
  responses: ZSafeCount,
  headcount: z.number().int().nullable(),
  /** responses ÷ headcount, when both are known. */
  rate: z.number().nullable(),
  /**
   * A hidden cell: the most responses it can hold, worked out from the shown figures alone (so
   * it reveals nothing they do not); null when shown, or when nothing can be said.
   */
  atMost: z.number().int().nullable(),
  /**
   * A hidden cell is below target (or never heard from) only when its `atMost` proves it;
   * otherwise it is 'hidden': it may or may not be below target.
   */
  status: z.enum(['on_target', 'below_target', 'never_heard', 'hidden', 'no_headcount']),
});
export type CoverageCell = z.infer<typeof ZCoverageCell>;
const ZCoverageMargin = z.object({
  responses: ZSafeCount,
  headcount: z.number().int().nullable(),
  rate: z.number().nullable(),
  atMost: z.number().int().nullable(),
});

export const ZCoverage = z.object({
  threshold: z.number().int(),
  targetRate: z.number(),
  staffGroups: z.array(ZSegmentOption),
  divisions: z.array(ZSegmentOption),
  cells: z.array(ZCoverageCell),
  /**
   * Whether the survey asks each respondent's staff group and division. One it does not ask is
   * not broken down (a single `ALL_GROUPS` entry), so no group is said to be unheard for want of it.
   */
  recorded: z.object({ staffGroup: z.boolean(), division: z.boolean() }),
  byStaffGroup: z.array(ZCoverageMargin.extend({ key: z.string() })),
  byDivision: z.array(ZCoverageMargin.extend({ key: z.string() })),
  total: ZCoverageMargin,
  neverHeard: z.array(z.object({ staffGroup: z.string(), division: z.string(), headcount: z.number().int(), hidden: z.boolean() })),
  /** Shown cells with their rate; hidden ones (rate null) with the most that can have responded. */
  belowTarget: z.array(z.object({ staffGroup: z.string(), division: z.string(), headcount: z.number().int(), rate: z.number().nullable(), atMost: z.number().int().nullable() })),
  /** Hidden cells with a headcount that the shown figures cannot place above or below the target. */
  undecided: z.number().int(),
});
export type Coverage = z.infer<typeof ZCoverage>;
