import { z } from 'zod';
import { ZEmail, ZId, ZName, ZNewPassword, ZRole } from './common.js';

export const ZSignUp = z.object({
  organisationName: ZName('the name of your organisation', 200),
  name: ZName('your full name'),
  email: ZEmail,
  password: ZNewPassword,
});
export type SignUp = z.infer<typeof ZSignUp>;

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string({ error: 'Enter your password' }).min(1, { error: 'Enter your password' }).max(200),
});
export type SignIn = z.infer<typeof ZSignIn>;

export const ZMembershipSummary = z.object({
  organisationId: ZId,
  organisationName: z.string(),
  role: ZRole,
  isDemo: z.boolean(),
});

export const ZMe = z.object({
  user: z.object({ id: ZId, name: z.string(), email: z.string() }),
  memberships: z.array(ZMembershipSummary),
  /** The organisation the workspace opens on: the last one used. */
  currentOrganisationId: ZId.nullable(),
  /** Send back in the X-CSRF-Token header on every unsafe request. */
  csrfToken: z.string(),
});
export type Me = z.infer<typeof ZMe>;

export const ZChangePassword = z.object({
  currentPassword: z.string({ error: 'Enter your current password' }).min(1, { error: 'Enter your current password' }),
  newPassword: ZNewPassword,
});

export const ZRequestPasswordReset = z.object({ email: ZEmail });
export const ZCompletePasswordReset = z.object({
  token: z.string().min(10, { error: 'The reset link is incomplete' }).max(200),
  password: ZNewPassword,
});

export const ZSwitchOrganisation = z.object({ organisationId: ZId });
export const ZUpdateProfile = z.object({ name: ZName('your full name') });
