import { z } from 'zod';
import { isCalendarDate } from '../calendar-date.js';
import { ZId } from './common.js';
import { ZSafeCount } from './results.js';

/**
 * A staff consultation on a frozen version of the strategy document: staff read the draft's web
 * pages and say, section by section, whether they support it and why; the team replies in public
 * and records what it did with each comment.
 */

export const CONSULTATION_REPLY_MAX = 2_000;
export const CONSULTATION_REASON_MAX = 2_000;
export const SUPPORT_KEYS = ['yes', 'partly', 'no'] as const;
export type SupportKey = (typeof SUPPORT_KEYS)[number];
export const SUPPORT_LABELS: Record<SupportKey, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };
export const HANDLINGS = ['changed', 'not_changed'] as const;
export type Handling = (typeof HANDLINGS)[number];
export const HANDLING_LABELS: Record<Handling, string> = { changed: 'We changed the text', not_changed: 'We did not change the text' };

const ZLongText = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what.toLowerCase()}` })
    .trim()
    .min(1, { error: `Enter ${what.toLowerCase()}` })
    .max(max, { error: `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: `${what} contains a character that cannot be stored (NUL): remove it` });

export const ZOpenConsultation = z.object({
  closesOn: z
    .string({ error: 'Enter the closing date' })
    .trim()
    .min(1, { error: 'Enter the closing date' })
    .refine(isCalendarDate, { error: 'The closing date must be a real date, like 2027-03-31' }),
  anonymous: z.boolean({ error: 'Say whether comments are anonymous' }).default(true),
});
export type OpenConsultation = z.infer<typeof ZOpenConsultation>;

export const ZConsultationCommentParams = z.object({ documentVersionId: ZId, evidenceId: ZId });
export const ZReplyToComment = z.object({ reply: ZLongText('Your reply', CONSULTATION_REPLY_MAX) });
export const ZRecordHandling = z.object({
  handling: z.enum(HANDLINGS, { error: 'Choose whether you changed the text' }),
  reason: z
    .string({ error: 'The reason must be text' })
    .trim()
    .max(CONSULTATION_REASON_MAX, { error: `The reason must be ${CONSULTATION_REASON_MAX.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: 'The reason contains a character that cannot be stored (NUL): remove it' })
    .default(''),
});
export type RecordHandling = z.infer<typeof ZRecordHandling>;

export const ZSupportShare = z.object({ count: ZSafeCount, percent: z.number().nullable() });
export const ZSupportFigures = z.object({ respondents: ZSafeCount, yes: ZSupportShare, partly: ZSupportShare, no: ZSupportShare });
export type SupportFigures = z.infer<typeof ZSupportFigures>;

export const ZConsultationComment = z.object({
  /** The evidence item the comment became in the library. */
  id: ZId,
  /** Masked by the evidence library: never the raw answer. */
  text: z.string(),
  /** The commenter's staff group only where the suppression function shows it. */
  staffGroup: z.string().nullable(),
  saidOn: z.string(),
  reply: z.string().nullable(),
  repliedOn: z.string().nullable(),
  handling: z.enum(HANDLINGS).nullable(),
  reason: z.string(),
});
export type ConsultationComment = z.infer<typeof ZConsultationComment>;

export const ZConsultationSection = z.object({
  key: z.string(),
  title: z.string(),
  support: ZSupportFigures,
  byStaffGroup: z.array(ZSupportFigures.extend({ key: z.string(), label: z.string() })),
  comments: z.array(ZConsultationComment),
});
export type ConsultationSection = z.infer<typeof ZConsultationSection>;

export const ZConsultationDetail = z.object({
  id: ZId,
  status: z.enum(['open', 'closed']),
  openedOn: z.string(),
  closesOn: z.string(),
  closedOn: z.string().nullable(),
  anonymous: z.boolean(),
  surveyId: ZId.nullable(),
  /** The survey's open link (share it, or set an access code and invitations on the survey's share page). */
  surveyLink: z.string().nullable(),
  /** The draft's reading pages. */
  readingLink: z.string(),
  threshold: z.number().int(),
  respondents: ZSafeCount,
  sections: z.array(ZConsultationSection),
});
export type ConsultationDetail = z.infer<typeof ZConsultationDetail>;

export const ZConsultationPage = z.object({
  versionId: ZId,
  strategyId: ZId,
  versionNumber: z.number().int(),
  documentTitle: z.string(),
  consultation: ZConsultationDetail.nullable(),
  can: z.object({ open: z.boolean(), respond: z.boolean(), close: z.boolean() }),
});
export type ConsultationPage = z.infer<typeof ZConsultationPage>;
