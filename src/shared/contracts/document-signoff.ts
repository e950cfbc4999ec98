import { z } from 'zod';
import { ZId } from './common.js';
import { OUTPUT_KINDS } from './documents.js';

/*
 * Sign-off of a frozen document version: the team names approvers (senior leaders or admins), each
 * approves or asks for changes; once all have approved the version is signed off with a record of
 * the SHA-256 of each download, which anyone with access can check a file against.
 */

export const SIGN_OFF_MESSAGE_MAX = 2_000;
export const SIGN_OFF_APPROVERS_MAX = 12;
/** The largest file that can be checked: bigger than any download Chorus makes. */
export const VERIFY_FILE_MAX_BYTES = 20 * 1024 * 1024;

export const ROUND_STATUSES = ['in_review', 'changes_requested', 'signed_off', 'withdrawn'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  in_review: 'With the approvers',
  changes_requested: 'Changes asked for',
  signed_off: 'Signed off',
  withdrawn: 'Withdrawn',
};
export const DECISIONS = ['approved', 'changes_requested'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision | 'pending', string> = { approved: 'Approved', changes_requested: 'Asked for changes', pending: 'Not decided yet' };

const ZFreeText = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .max(SIGN_OFF_MESSAGE_MAX, { error: `${what} must be ${SIGN_OFF_MESSAGE_MAX.toLocaleString('en-GB')} characters or fewer` })
    .refine((v) => !v.includes('\u0000'), { error: `${what} contains a character that cannot be stored (NUL): remove it` });

export const ZSubmitForSignOff = z.object({
  approverIds: z
    .array(ZId, { error: 'Choose at least one approver' })
    .min(1, { error: 'Choose at least one approver' })
    .max(SIGN_OFF_APPROVERS_MAX, { error: `Choose ${SIGN_OFF_APPROVERS_MAX} approvers or fewer` })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Choose each approver once' }),
  message: ZFreeText('The message').default(''),
});
export type SubmitForSignOff = z.infer<typeof ZSubmitForSignOff>;

export const CHANGES_NEED_COMMENT = 'Say what should change: the team needs a comment to act on';
export const ZSignOffDecision = z
  .object({
    decision: z.enum(DECISIONS, { error: 'Choose whether you approve this version or ask for changes' }),
    comment: ZFreeText('The comment').default(''),
  })
  .superRefine((v, issues) => {
    if (v.decision === 'changes_requested' && !v.comment) issues.addIssue({ code: 'custom', path: ['comment'], message: CHANGES_NEED_COMMENT });
  });
export type SignOffDecision = z.infer<typeof ZSignOffDecision>;

/** JSON with the file as base64: the web app speaks JSON only, and the imports already take files this way. */
export const ZVerifyFile = z.object({
  fileName: z.string().trim().max(255, { error: 'The file name must be 255 characters or fewer' }).default(''),
  fileBase64: z.string({ error: 'Choose a file to check' }).min(1, { error: 'Choose a file to check' }),
});
export type VerifyFile = z.infer<typeof ZVerifyFile>;

export const ZVerifyResult = z.object({
  matches: z.boolean(),
  /** The uploaded file's SHA-256, so a person can compare it by eye with the record. */
  sha256: z.string(),
  kind: z.enum(OUTPUT_KINDS).nullable(),
  versionNumber: z.number().int(),
  signedOffAt: z.string(),
  message: z.string(),
});
export type VerifyResult = z.infer<typeof ZVerifyResult>;

export const ZSignOffRecord = z.object({
  signedOffAt: z.string(),
  outputs: z.array(z.object({ kind: z.enum(OUTPUT_KINDS), label: z.string(), sha256: z.string(), size: z.number().int() })),
  approvers: z.array(z.object({ name: z.string(), approvedAt: z.string() })),
});
export type SignOffRecord = z.infer<typeof ZSignOffRecord>;

export const ZSignOffRound = z.object({
  id: ZId,
  status: z.enum(ROUND_STATUSES),
  submittedBy: z.string(),
  submittedAt: z.string(),
  closedAt: z.string().nullable(),
  message: z.string(),
  approvers: z.array(
    z.object({ userId: ZId, name: z.string(), decision: z.enum(DECISIONS).nullable(), comment: z.string(), decidedAt: z.string().nullable() }),
  ),
  record: ZSignOffRecord.nullable(),
});
export type SignOffRound = z.infer<typeof ZSignOffRound>;

export const ZSignOffPage = z.object({
  versionId: ZId,
  versionNumber: z.number().int(),
  /** The newest round's status, or not_submitted. */
  status: z.enum(['not_submitted', ...ROUND_STATUSES]),
  /** Newest first. */
  rounds: z.array(ZSignOffRound),
  /** Who may be named: the organisation's senior leaders and admins (empty for those who cannot submit). */
  eligibleApprovers: z.array(z.object({ id: ZId, name: z.string(), email: z.string() })),
  /** Why this version cannot be submitted now, in words; null when it can. */
  submitBlockedBecause: z.string().nullable(),
  can: z.object({ submit: z.boolean(), withdraw: z.boolean(), decide: z.boolean() }),
});
export type SignOffPage = z.infer<typeof ZSignOffPage>;

/** A frozen version's own note may be corrected (its content never changes), unless it is locked for sign-off. */
export const ZUpdateVersion = z.object({ changeNote: ZFreeText('The note') });
export type UpdateVersion = z.infer<typeof ZUpdateVersion>;
