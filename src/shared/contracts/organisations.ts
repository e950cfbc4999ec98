import { z } from 'zod';
import { ZEmail, ZId, ZName, ZNewPassword, ZRole } from './common.js';

export const MIN_GROUP_SIZE_FLOOR = 5;

export const ZOrganisation = z.object({
  id: ZId,
  name: z.string(),
  minGroupSize: z.number().int(),
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
