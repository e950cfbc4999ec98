import { z } from 'zod';
import { isCalendarDate, ZCalendarDate, todayInLondon } from '../calendar-date.js';
import { ZId, ZOneLine, ZRole, hasControlCharacters } from './common.js';

/**
 * Leader interviews: one record per conversation with a senior leader, and the strategic
 * drivers and stated priorities captured during it. Items with the same meaning are grouped
 * into topics so the across-interviews view can say how many leaders named each.
 */

// --- Consent ---------------------------------------------------------------------------------

/**
 * Three clear states rather than two booleans, so "quotes without notes" cannot be recorded.
 * Quotes matter later: evidence cut from notes may be quoted in the strategy only with
 * `notes_and_quotes`.
 */
export const CONSENTS = ['notes', 'notes_and_quotes', 'declined'] as const;
export const ZConsent = z.enum(CONSENTS, { error: 'Consent must be one of notes, notes_and_quotes or declined' });
export type Consent = z.infer<typeof ZConsent>;
export const CONSENT_LABELS: Record<Consent, string> = {
  notes: 'Consent given for notes',
  notes_and_quotes: 'Consent given for notes and quotes',
  declined: 'Consent declined: no notes kept',
};
export const CONSENT_HINTS: Record<Consent, string> = {
  notes: 'Notes may be kept and used as evidence, but nothing they said may be quoted word for word.',
  notes_and_quotes: 'Notes may be kept, and their words may be quoted (without their name) in the strategy.',
  declined: 'Only the fact of the interview and the drivers and priorities in your own words are kept.',
};
export const DECLINED_NOTES_MESSAGE =
  'The interviewee declined consent, so notes cannot be kept. Clear the notes, or change the consent if it was given.';

// --- Free text ---------------------------------------------------------------------------------

export const MAX_NOTES_LENGTH = 20_000;
export const MAX_LABEL_LENGTH = 80;
export const MAX_DETAIL_LENGTH = 1_000;

/** PostgreSQL cannot store the NUL character in text; nobody types it on purpose. */
const hasNul = (text: string) => text.includes('\u0000');


export const ZNotes = z
  .string({ error: 'Notes must be text' })
  .max(MAX_NOTES_LENGTH, { error: `Notes must be ${MAX_NOTES_LENGTH.toLocaleString('en-GB')} characters or fewer` })
  .refine((v) => !hasNul(v), { error: 'Notes contain a character that cannot be stored (NUL)' });

const ZInterviewDate = ZCalendarDate('interview').refine((v) => !isCalendarDate(v) || v <= todayInLondon(), {
  error: 'The date of the interview must be today or in the past',
});

// --- Interviews ----------------------------------------------------------------------------------

const interviewFields = {
  intervieweeRole: ZOneLine('the role of the person interviewed, like Medical Director', 200),
  intervieweeName: z
    .string({ error: 'Name must be text' })
    .trim()
    .max(120, { error: 'Name must be 120 characters or fewer' })
    .refine((v) => !hasControlCharacters(v), { error: 'Name must be on one line, without tabs' })
    .nullish()
    .transform((v) => (v ? v : null)),
  heldOn: ZInterviewDate,
  interviewerId: ZId.nullish(),
  consent: ZConsent,
  notes: ZNotes.optional(),
};

const notesNeedConsent = (v: { consent?: Consent | undefined; notes?: string | undefined }) =>
  v.consent !== 'declined' || !v.notes;

export const ZCreateInterview = z
  .object(interviewFields)
  .refine(notesNeedConsent, { error: DECLINED_NOTES_MESSAGE, path: ['notes'] });
export type CreateInterview = z.infer<typeof ZCreateInterview>;

export const ZUpdateInterview = z
  .object({
    intervieweeRole: interviewFields.intervieweeRole.optional(),
    intervieweeName: interviewFields.intervieweeName.optional(),
    heldOn: ZInterviewDate.optional(),
    interviewerId: ZId.nullish(),
    consent: ZConsent.optional(),
    notes: ZNotes.optional(),
  })
  .refine(notesNeedConsent, { error: DECLINED_NOTES_MESSAGE, path: ['notes'] });
export type UpdateInterview = z.infer<typeof ZUpdateInterview>;

// --- Items and topics ------------------------------------------------------------------------------

export const ITEM_KINDS = ['driver', 'priority'] as const;
export const ZItemKind = z.enum(ITEM_KINDS, { error: 'Kind must be driver or priority' });
export type ItemKind = z.infer<typeof ZItemKind>;
export const ITEM_KIND_LABELS: Record<ItemKind, { one: string; many: string }> = {
  driver: { one: 'Strategic driver', many: 'Strategic drivers' },
  priority: { one: 'Stated priority', many: 'Stated priorities' },
};

const ZLabel = ZOneLine('a short label', MAX_LABEL_LENGTH);
const ZDetail = z
  .string({ error: 'Detail must be text' })
  .trim()
  .max(MAX_DETAIL_LENGTH, { error: `Detail must be ${MAX_DETAIL_LENGTH.toLocaleString('en-GB')} characters or fewer` })
  .refine((v) => !hasNul(v), { error: 'Detail contains a character that cannot be stored (NUL)' })
  .nullish()
  .transform((v) => (v ? v : null));

export const ZCreateItem = z.object({ kind: ZItemKind, label: ZLabel, detail: ZDetail });
export const ZUpdateItem = z.object({ label: ZLabel.optional(), detail: ZDetail.optional() });

export const ZItem = z.object({
  id: ZId,
  interviewId: ZId,
  kind: ZItemKind,
  label: z.string(),
  detail: z.string().nullable(),
  topicId: ZId,
  topicLabel: z.string(),
  createdAt: z.string(),
});
export type Item = z.infer<typeof ZItem>;

export const ZInterviewSummary = z.object({
  id: ZId,
  strategyId: ZId,
  intervieweeRole: z.string(),
  intervieweeName: z.string().nullable(),
  heldOn: z.string(),
  interviewer: z.object({ userId: ZId, name: z.string() }).nullable(),
  consent: ZConsent,
  hasNotes: z.boolean(),
  driverCount: z.number().int(),
  priorityCount: z.number().int(),
  updatedAt: z.string(),
});
export type InterviewSummary = z.infer<typeof ZInterviewSummary>;

export const ZInterview = ZInterviewSummary.extend({
  notes: z.string(),
  items: z.array(ZItem),
  createdAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type Interview = z.infer<typeof ZInterview>;

export const ZInterviewList = z.object({
  interviews: z.array(ZInterviewSummary),
  can: z.object({ create: z.boolean() }),
});
export type InterviewList = z.infer<typeof ZInterviewList>;

export const ZInterviewer = z.object({ userId: ZId, name: z.string(), role: ZRole });
export const ZInterviewOptions = z.object({ interviewers: z.array(ZInterviewer) });
export type InterviewOptions = z.infer<typeof ZInterviewOptions>;

/** One topic across interviews: what leaders named, counted once per interview. */
export const ZTopic = z.object({
  id: ZId,
  kind: ZItemKind,
  label: z.string(),
  interviewCount: z.number().int(),
  items: z.array(
    z.object({
      id: ZId,
      interviewId: ZId,
      label: z.string(),
      intervieweeRole: z.string(),
    }),
  ),
});
export type Topic = z.infer<typeof ZTopic>;

/** Two topics that look alike, for a person to confirm; never merged automatically. */
export const ZDuplicateSuggestion = z.object({
  kind: ZItemKind,
  topicIds: z.tuple([ZId, ZId]),
  labels: z.tuple([z.string(), z.string()]),
  sharedWords: z.array(z.string()),
});
export type DuplicateSuggestion = z.infer<typeof ZDuplicateSuggestion>;

export const ZTopicOverview = z.object({
  interviewCount: z.number().int(),
  drivers: z.array(ZTopic),
  priorities: z.array(ZTopic),
  suggestions: z.array(ZDuplicateSuggestion),
  can: z.object({ merge: z.boolean() }),
});
export type TopicOverview = z.infer<typeof ZTopicOverview>;

export const ZMergeTopics = z.object({
  targetTopicId: ZId,
  topicIds: z
    .array(ZId, { error: 'Choose the topics to merge' })
    .min(1, { error: 'Choose at least one topic to merge into the target' })
    .max(100, { error: 'Merge at most 100 topics at a time' }),
  /** A new name for the merged topic; keeps the target's name when left out. */
  label: ZLabel.optional(),
});
export type MergeTopics = z.infer<typeof ZMergeTopics>;
