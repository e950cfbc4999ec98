import { z } from 'zod';
import { ZId, ZOneLine } from './common.js';
import { STRENGTH_LEVELS } from './insights.js';
import { ZSafeCount } from './results.js';

/**
 * The staff partnership: what staff can expect from the digital team and what the digital team
 * asks of staff. A version is drafted, put to staff as a survey, and one version is agreed.
 */
export const PARTNERSHIP_SIDE_KEYS = ['staff_can_expect', 'we_ask_of_staff'] as const;
export type PartnershipSide = (typeof PARTNERSHIP_SIDE_KEYS)[number];
export const PARTNERSHIP_SIDE_LABELS: Record<PartnershipSide, string> = {
  staff_can_expect: 'What staff can expect from the digital team',
  we_ask_of_staff: 'What the digital team asks of staff',
};

export const COMMITMENT_MAX = 500;
export const INTRO_MAX = 2_000;

export const ZPartnershipSide = z.enum(PARTNERSHIP_SIDE_KEYS, {
  error: 'Side must be what staff can expect, or what the digital team asks of staff',
});
export const ZCommitmentText = ZOneLine('the commitment', COMMITMENT_MAX);
const ZInsightIds = z.array(ZId, { error: 'Insights must be a list of insight ids' }).max(50, { error: 'Link at most 50 insights to a commitment' });
const ZReviewDay = z.iso.date({ error: 'Review date must be a date like 2027-04-30' });

export const ZPartnershipVersionParams = z.object({ partnershipVersionId: ZId });
export const ZCommitmentParams = z.object({ partnershipVersionId: ZId, commitmentId: ZId });
export const ZPartnershipQuery = z.object({ versionId: ZId.optional() });

export const ZCreateCommitment = z.object({ side: ZPartnershipSide, text: ZCommitmentText, insightIds: ZInsightIds.default([]) });
export type CreateCommitment = z.infer<typeof ZCreateCommitment>;
/** A PATCH body: no defaults, so a field left out is left alone. */
export const ZUpdateCommitment = z.object({ side: ZPartnershipSide.optional(), text: ZCommitmentText.optional(), insightIds: ZInsightIds.optional() });
export type UpdateCommitment = z.infer<typeof ZUpdateCommitment>;
export const ZMoveCommitment = z.object({ direction: z.enum(['up', 'down'], { error: 'Direction must be up or down' }) });
export const ZCommitmentFromNote = z.object({ noteId: ZId, side: ZPartnershipSide });

export const ZUpdatePartnershipVersion = z.object({
  intro: z
    .string({ error: 'Introduction must be text' })
    .trim()
    .max(INTRO_MAX, { error: `Introduction must be ${INTRO_MAX.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: 'Introduction must not contain a null character' })
    .optional(),
  reviewOn: ZReviewDay.nullable().optional(),
});
export type UpdatePartnershipVersion = z.infer<typeof ZUpdatePartnershipVersion>;
export const ZAgreePartnershipVersion = z.object({
  reviewOn: z.iso.date({ error: 'Set a date to review the partnership' }),
});

export const PARTNERSHIP_STATUSES = ['draft', 'published', 'agreed'] as const;
export const PARTNERSHIP_STATUS_LABELS: Record<(typeof PARTNERSHIP_STATUSES)[number], string> = {
  draft: 'Draft',
  published: 'Put to staff',
  agreed: 'Agreed',
};

export const ZPartnershipVersionSummary = z.object({
  id: ZId,
  number: z.number().int(),
  status: z.enum(PARTNERSHIP_STATUSES),
  statusLabel: z.string(),
  createdOn: z.string(),
  publishedOn: z.string().nullable(),
  agreedOn: z.string().nullable(),
  agreedBy: z.string().nullable(),
  /** ISO date, for forms; `reviewOnLabel` is for reading. */
  reviewOn: z.string().nullable(),
  reviewOnLabel: z.string().nullable(),
});
export type PartnershipVersionSummary = z.infer<typeof ZPartnershipVersionSummary>;

export const ZCommitment = z.object({
  id: ZId,
  side: ZPartnershipSide,
  text: z.string(),
  position: z.number().int(),
  insights: z.array(z.object({ id: ZId, statement: z.string(), strength: z.enum(STRENGTH_LEVELS) })),
});
export type Commitment = z.infer<typeof ZCommitment>;

export const ZPartnershipVersion = ZPartnershipVersionSummary.extend({
  intro: z.string(),
  surveyId: ZId.nullable(),
  /** The survey's open link, while it is on. */
  openLink: z.string().nullable(),
  commitments: z.object({ staff_can_expect: z.array(ZCommitment), we_ask_of_staff: z.array(ZCommitment) }),
  can: z.object({ edit: z.boolean(), publish: z.boolean(), agree: z.boolean(), setReview: z.boolean() }),
});
export type PartnershipVersion = z.infer<typeof ZPartnershipVersion>;

export const ZPartnership = z.object({
  versions: z.array(ZPartnershipVersionSummary),
  current: ZPartnershipVersion.nullable(),
  can: z.object({ edit: z.boolean(), startDraft: z.boolean() }),
});
export type Partnership = z.infer<typeof ZPartnership>;

export const ZAnswerShare = z.object({ count: ZSafeCount, percent: z.number().nullable() });
export const ZCommitmentGroupResult = z.object({ key: z.string(), label: z.string(), respondents: ZSafeCount, yes: ZAnswerShare, notQuite: ZAnswerShare });
export const ZCommitmentResult = z.object({
  commitmentId: ZId,
  side: ZPartnershipSide,
  text: z.string(),
  respondents: ZSafeCount,
  yes: ZAnswerShare,
  notQuite: ZAnswerShare,
  byStaffGroup: z.array(ZCommitmentGroupResult),
  /** How many comments the question has had ("what would make it right"); each is in the evidence library. */
  comments: z.number().int(),
});
export const ZPartnershipResults = z.object({
  versionId: ZId,
  surveyId: ZId,
  threshold: z.number().int(),
  respondents: ZSafeCount,
  commitments: z.array(ZCommitmentResult),
  comments: z.number().int(),
});
export type PartnershipResults = z.infer<typeof ZPartnershipResults>;
export type CommitmentResult = z.infer<typeof ZCommitmentResult>;
