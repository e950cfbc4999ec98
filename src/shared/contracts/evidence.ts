import { z } from 'zod';
import { ZId } from './common.js';

export const EVIDENCE_SOURCE_KEYS = ['survey_answer', 'system_comment', 'interview_note', 'interview_excerpt', 'sticky_note'] as const;
export type EvidenceSourceKey = (typeof EVIDENCE_SOURCE_KEYS)[number];
export const EVIDENCE_SOURCE_LABELS: Record<EvidenceSourceKey, string> = {
  survey_answer: 'Survey answer',
  system_comment: 'Comment on a system',
  interview_note: 'Interview notes',
  interview_excerpt: 'Interview excerpt',
  sticky_note: 'Workshop sticky note',
};
export const SENTIMENT_KEYS = ['positive', 'neutral', 'negative', 'mixed'] as const;
export const EVIDENCE_PAGE_SIZE = 50;
/** Above this many matches a list counts no further ("more than 2,000") and shows the newest first. */
export const EVIDENCE_COUNT_CAP = 2_000;

// A query string gives one value as a string and a repeated one as an array: accept both.
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? undefined : Array.isArray(v) ? v : String(v).split(',')), z.array(item).optional());
const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD' });
const optionalId = z.preprocess((v) => (v === '' ? undefined : v), ZId.optional());

/** What to look for in a strategy's evidence. Every field narrows; none means everything. */
export const ZEvidenceFilter = z.object({
  // A NUL cannot reach PostgreSQL in text; in a search it can only be noise, so it becomes a space.
  q: z.preprocess(
    (v) => (typeof v === 'string' ? v.replaceAll('\u0000', ' ') : v),
    z.string().trim().max(200, { error: 'Search words must be 200 characters or fewer: shorten the search and try again' }).optional(),
  ),
  source: many(z.enum(EVIDENCE_SOURCE_KEYS, { error: 'must be a kind of evidence such as survey_answer or sticky_note' })),
  surveyId: optionalId,
  questionId: optionalId,
  interviewId: optionalId,
  workshopId: optionalId,
  systemId: optionalId,
  tagId: optionalId,
  untagged: z.preprocess((v) => v === 'true' || v === '1' || v === true, z.boolean()).optional(),
  sentiment: many(z.enum(SENTIMENT_KEYS, { error: 'must be positive, neutral, negative or mixed' })),
  from: z.preprocess((v) => (v === '' ? undefined : v), ZDay.optional()),
  to: z.preprocess((v) => (v === '' ? undefined : v), ZDay.optional()),
  divisionId: optionalId,
  staffGroupId: optionalId,
});
export type EvidenceFilter = z.infer<typeof ZEvidenceFilter>;

export const ZEvidenceQuery = ZEvidenceFilter.extend({
  page: z.coerce.number().int().min(1, { error: 'must be 1 or more' }).max(10_000).default(1),
});

/** Text cut into plain pieces; `mark` pieces matched the search. Never HTML. */
export const ZTextPiece = z.object({ text: z.string(), mark: z.boolean() });
export type TextPiece = z.infer<typeof ZTextPiece>;

export const ZSegment = z.object({ division: z.string().nullable(), staffGroup: z.string().nullable() });

export const ZTagChip = z.object({ id: ZId, name: z.string(), colour: z.string() });

/** One voice as it may leave the library: personal information masked, segment only where shown. */
export const ZQuote = z.object({
  id: ZId,
  source: z.enum(EVIDENCE_SOURCE_KEYS),
  text: z.string(),
  saidOn: z.string(),
  whereFrom: z.string(),
  segment: ZSegment,
  sentiment: z.enum(SENTIMENT_KEYS).nullable(),
  tags: z.array(ZTagChip),
});
export type Quote = z.infer<typeof ZQuote>;

export const ZEvidenceListItem = ZQuote.extend({ pieces: z.array(ZTextPiece) });
export type EvidenceListItem = z.infer<typeof ZEvidenceListItem>;

export const ZEvidenceList = z.object({
  /** Set when the filter names a group too small to show: then there are no items. */
  refused: z.string().nullable(),
  items: z.array(ZEvidenceListItem),
  total: z.number().int(),
  /** More matched than were counted: `total` is the cap ("more than"), and a search lists the newest matches first instead of the best. */
  capped: z.boolean(),
  /** The counts per kind stopped at the cap too, so `counts` is empty. */
  countsCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
});
export type EvidenceList = z.infer<typeof ZEvidenceList>;

export const ZEvidenceParams = z.object({ evidenceId: ZId });
export const ZEvidenceItemQuery = z.object({ original: z.preprocess((v) => v === '1' || v === 'true', z.boolean()).optional() });

export const ZEvidenceDetail = ZQuote.extend({
  strategyId: ZId,
  /** Where the voice came from, as label/value lines ("Question", "Workshop column", …). */
  context: z.array(z.object({ label: z.string(), value: z.string() })),
  /** Present only when the team asked for the unmasked text (audited). */
  original: z.string().nullable(),
  masked: z.boolean(),
  quotable: z.boolean(),
});
export type EvidenceDetail = z.infer<typeof ZEvidenceDetail>;
