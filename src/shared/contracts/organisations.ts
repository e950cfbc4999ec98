import { z } from 'zod';
import { AA_NORMAL_TEXT, contrastRatio, isHexColour, normaliseHex, ratioText, WHITE } from '../colour-contrast.js';
import { ZEmail, ZId, ZName, ZNewPassword, ZRole } from './common.js';

export const MIN_GROUP_SIZE_FLOOR = 5;
/** NHS blue: the accent until an organisation chooses its own. */
export const DEFAULT_ACCENT_COLOUR = '#005eb8';

/**
 * The accent colour of the organisation's published strategy: `#rrggbb`, and dark enough that white
 * text on it (and it as text on white) meets WCAG AA. The message says the ratio it has.
 */
export const ZAccentColour = z
  .string({ error: 'Enter the accent colour as a hex code, like #005eb8' })
  .transform(normaliseHex)
  .refine(isHexColour, { error: 'Enter the accent colour as a six-digit hex code, like #005eb8', abort: true })
  .refine((value) => isHexColour(value) && contrastRatio(value, WHITE) >= AA_NORMAL_TEXT, {
    error: (issue) =>
      `The accent colour ${String(issue.input)} has a contrast of ${ratioText(contrastRatio(String(issue.input), WHITE))} with white; it needs at least ${AA_NORMAL_TEXT}:1 (WCAG AA) to be read. Choose a darker shade.`,
  });

export const ZOrganisation = z.object({
  id: ZId,
  name: z.string(),
  minGroupSize: z.number().int(),
  accentColour: z.string(),
  isDemo: z.boolean(),
  role: ZRole,
  can: z.object({ update: z.boolean(), manageMembers: z.boolean(), readAudit: z.boolean() }),
});
export type Organisation = z.infer<typeof ZOrganisation>;

export const ZCreateOrganisation = z.object({ name: ZName('the name of the organisation', 200) });

export const ZUpdateOrganisation = z.object({
  name: ZName('the name of the organisation', 200).optional(),
  minGroupSize: z
    .number({ error: 'Minimum group size must be a whole number' })
    .int({ error: 'Minimum group size must be a whole number' })
    .min(MIN_GROUP_SIZE_FLOOR, { error: `Minimum group size must be ${MIN_GROUP_SIZE_FLOOR} or more, to protect anonymity` })
    .max(100, { error: 'Minimum group size must be 100 or fewer' })
    .optional(),
  accentColour: ZAccentColour.optional(),
});

export const ZMember = z.object({
  id: ZId,
  userId: ZId,
  name: z.string(),
  email: z.string(),
  role: ZRole,
  joinedAt: z.string(),
  isYou: z.boolean(),
});
export type Member = z.infer<typeof ZMember>;

export const ZChangeRole = z.object({ role: ZRole });

export const ZInvite = z.object({ email: ZEmail, role: ZRole });

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export const ZInvitation = z.object({
  id: ZId,
  email: z.string(),
  role: ZRole,
  status: z.enum(INVITATION_STATUSES),
  invitedByName: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof ZInvitation>;

/** What the invitation page shows before the person accepts. */
export const ZInvitationPreview = z.object({
  organisationName: z.string(),
  email: z.string(),
  role: ZRole,
  /** When true the person signs in; otherwise they choose a name and password. */
  accountExists: z.boolean(),
});

export const ZAcceptInvitation = z.object({
  name: ZName('your full name').optional(),
  password: ZNewPassword.optional(),
});

export const ZTokenParams = z.object({ token: z.string().min(10).max(200) });
