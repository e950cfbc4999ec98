import { z } from 'zod';
import { ZId } from './common.js';

/** How a survey reaches staff: the open link (with an optional access code) and personal invitations. */

export const ACCESS_CODE_MIN = 4;
export const ACCESS_CODE_MAX = 40;
/** A large trust pastes its whole staff list; the route allows a body this big. */
export const INVITATION_IMPORT_MAX_LINES = 50_000;

export const ZDistributionCounts = z.object({
  /** Invitations imported, sent or not. */
  invitations: z.number().int(),
  /** Invitations whose email has been sent. */
  sent: z.number().int(),
  /** Imported but not yet emailed. */
  unsent: z.number().int(),
  /** Invitations used to respond. */
  responded: z.number().int(),
  /** Sent and not yet used: who a reminder goes to. */
  notYet: z.number().int(),
  /** Every response so far, through any link. */
  responses: z.number().int(),
});
export type DistributionCounts = z.infer<typeof ZDistributionCounts>;

export const ZDistribution = z.object({
  surveyId: ZId,
  title: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  anonymous: z.boolean(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  /** The open link, or null when it is off. */
  openLink: z.object({ slug: z.string(), url: z.string() }).nullable(),
  accessCodeSet: z.boolean(),
  counts: ZDistributionCounts,
  delivery: z.enum(['smtp', 'outbox']),
  can: z.object({ update: z.boolean() }),
});
export type Distribution = z.infer<typeof ZDistribution>;

export const ZSetOpenLink = z.object({ enabled: z.boolean({ error: 'Say whether the open link is on or off' }) });
export type SetOpenLink = z.infer<typeof ZSetOpenLink>;

export const ZSetAccessCode = z.object({
  code: z
    .string({ error: 'Enter an access code' })
    .trim()
    .min(ACCESS_CODE_MIN, { error: `The access code must be at least ${ACCESS_CODE_MIN} characters` })
    .max(ACCESS_CODE_MAX, { error: `The access code must be ${ACCESS_CODE_MAX} characters or fewer` }),
});
export type SetAccessCode = z.infer<typeof ZSetAccessCode>;

export const ZImportInvitations = z.object({
  /** One address a line, or CSV with an email column. */
  text: z.string({ error: 'Paste the email addresses' }).min(1, { error: 'Paste the email addresses' }),
});
export type ImportInvitations = z.infer<typeof ZImportInvitations>;

export const ZImportInvitationsResult = z.object({
  added: z.number().int(),
  /** Addresses already invited to this survey (or repeated in the list), skipped. */
  duplicates: z.number().int(),
  counts: ZDistributionCounts,
});
export type ImportInvitationsResult = z.infer<typeof ZImportInvitationsResult>;

export const ZSendResult = z.object({ sent: z.number().int(), counts: ZDistributionCounts });
export type SendResult = z.infer<typeof ZSendResult>;
