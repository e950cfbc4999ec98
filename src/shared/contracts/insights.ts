import { z } from 'zod';
import { ZId } from './common.js';
import { ZEvidenceFilter, ZQuote, ZTagChip } from './evidence.js';

export const INSIGHT_STATUS_KEYS = ['draft', 'agreed'] as const;
export const INSIGHT_STATEMENT_MAX = 300;
export const INSIGHT_EVIDENCE_PAGE_SIZE = 50;

const ZStatement = z
  .string({ error: 'Write the insight as a short statement' })
  .trim()
  .min(1, { error: 'Write the insight as a short statement' })
  .max(INSIGHT_STATEMENT_MAX, { error: `The statement must be ${INSIGHT_STATEMENT_MAX} characters or fewer: shorten it, and put the rest in the detail` });
const ZDetail = z.string().max(20_000, { error: 'The detail must be 20,000 characters or fewer' });
const ZStatus = z.enum(INSIGHT_STATUS_KEYS, { error: 'must be draft or agreed' });
const ZIds = (what: string) => z.array(ZId).max(5_000, { error: `must name 5,000 ${what} or fewer at once` });

export const ZInsightParams = z.object({ insightId: ZId });

export const ZCreateInsight = z.object({
  statement: ZStatement,
  detail: ZDetail.optional(),
  status: ZStatus.optional(),
  evidenceIds: ZIds('evidence items').optional(),
  /** Also link everything an evidence-library search and its filters find (every page, not only the one shown). */
  evidenceFilter: ZEvidenceFilter.optional(),
});
export type CreateInsight = z.infer<typeof ZCreateInsight>;

/** Any field given replaces what is there; the link lists replace the whole list. */
export const ZUpdateInsight = z.object({
  statement: ZStatement.optional(),
  detail: ZDetail.optional(),
  status: ZStatus.optional(),
  tagIds: ZIds('tags').optional(),
  systemIds: ZIds('systems').optional(),
  measureIds: ZIds('measures').optional(),
});
export type UpdateInsight = z.infer<typeof ZUpdateInsight>;

export const ZInsightEvidenceBody = z.object({
  evidenceIds: ZIds('evidence items').min(1, { error: 'Choose at least one piece of evidence' }),
});

/** Everything an evidence-library search and its filters find, linked at once (the library's "Add to an insight"). */
export const ZInsightEvidenceMatching = z.object({ filter: ZEvidenceFilter });

export const ZAddComment = z.object({
  body: z.string().trim().min(1, { error: 'Write a comment before adding it' }).max(5_000, { error: 'must be 5,000 characters or fewer' }),
});

export const STRENGTH_LEVELS = ['strong', 'moderate', 'emerging'] as const;
export type StrengthLevel = (typeof STRENGTH_LEVELS)[number];
export const SOURCE_KINDS = ['survey', 'interview', 'workshop', 'system'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  survey: 'Survey answers',
  interview: 'Interviews',
  workshop: 'Workshops',
  system: 'Comments on systems',
};
/** The rule, written once so the page shows exactly what the server applies. */
export const STRENGTH_RULE =
  'Strong: at least 10 pieces of evidence from at least 3 kinds of source. ' +
  'Moderate: at least 5 pieces from at least 2 kinds of source. Emerging: anything less.';

const ZSpreadRow = z.object({ label: z.string(), count: z.number().int() });
/** Named groups are only those the suppression function shows; the rest are one line, or none. */
export const ZSpread = z.object({
  named: z.array(ZSpreadRow),
  /** Items in groups not named (too small, hidden to protect another, or not stated). */
  other: z.number().int(),
});

export const ZStrength = z.object({
  level: z.enum(STRENGTH_LEVELS),
  items: z.number().int(),
  sources: z.record(z.enum(SOURCE_KINDS), z.number().int()),
  sourceKinds: z.number().int(),
  divisions: ZSpread,
  staffGroups: ZSpread,
});
export type Strength = z.infer<typeof ZStrength>;

export const ZInsightSummary = z.object({
  id: ZId,
  strategyId: ZId,
  statement: z.string(),
  status: ZStatus,
  strength: z.object({ level: z.enum(STRENGTH_LEVELS), items: z.number().int(), sourceKinds: z.number().int() }),
  commentCount: z.number().int(),
  updatedAt: z.string(),
});
export type InsightSummary = z.infer<typeof ZInsightSummary>;

export const ZInsightListQuery = z.object({ status: ZStatus.optional() });
export const ZInsightList = z.object({
  insights: z.array(ZInsightSummary),
  rule: z.string(),
  can: z.object({ create: z.boolean() }),
});

const ZNamed = z.object({ id: ZId, name: z.string() });
export const ZComment = z.object({ id: ZId, author: z.string(), body: z.string(), createdAt: z.string(), createdOn: z.string() });

export const ZInsightDetail = z.object({
  id: ZId,
  strategyId: ZId,
  statement: z.string(),
  detail: z.string(),
  status: ZStatus,
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  strength: ZStrength,
  rule: z.string(),
  /** A representative quote of each side, masked; null when that side has none. */
  voices: z.object({ leaders: ZQuote.nullable(), staff: ZQuote.nullable(), leaderCount: z.number().int(), staffCount: z.number().int() }),
  tags: z.array(ZTagChip),
  systems: z.array(ZNamed),
  measures: z.array(ZNamed),
  comments: z.array(ZComment),
  can: z.object({ update: z.boolean(), delete: z.boolean(), comment: z.boolean() }),
});
export type InsightDetail = z.infer<typeof ZInsightDetail>;

export const ZInsightEvidenceQuery = z.object({
  page: z.coerce.number().int().min(1, { error: 'must be 1 or more' }).max(10_000).default(1),
});
/** Where to walk to from an item: the page of its source in the web app. */
export const ZSourceLink = z.object({ kind: z.enum(['survey', 'interview', 'workshop', 'system']), id: ZId });
export const ZInsightEvidenceList = z.object({
  /** Items whose source does not allow quoting (interview notes without consent to quote) have no text. */
  items: z.array(ZQuote.extend({ link: ZSourceLink.nullable(), quotable: z.boolean() })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type InsightEvidenceList = z.infer<typeof ZInsightEvidenceList>;

export const ZEvidenceInsights = z.object({
  insights: z.array(z.object({ id: ZId, statement: z.string(), status: ZStatus })),
});
