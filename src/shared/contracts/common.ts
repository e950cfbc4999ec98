import { z } from 'zod';

export const ZId = z.uuid({ error: 'must be a valid identifier' });
/** Route parameters that many modules' routes share: the organisation, strategy or survey in the path. */
export const ZOrgParams = z.object({ orgId: ZId });
export const ZStrategyParams = z.object({ strategyId: ZId });
export const ZSurveyParams = z.object({ surveyId: ZId });
export const ZRole = z.enum(['admin', 'strategy_team', 'leader', 'staff'], {
  error: 'must be one of admin, strategy_team, leader or staff',
});
export type Role = z.infer<typeof ZRole>;

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  strategy_team: 'Strategy team',
  leader: 'Senior leader',
  staff: 'Staff',
};

export const ZEmail = z
  .string({ error: 'Enter an email address' })
  .trim()
  .min(1, { error: 'Enter an email address' })
  .max(254, { error: 'Email address must be 254 characters or fewer' })
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.nhs.uk' }))
  .transform((email) => email.toLowerCase());

export const PASSWORD_MIN = 10;
export const ZNewPassword = z
  .string({ error: 'Enter a password' })
  .min(PASSWORD_MIN, { error: `Password must be at least ${PASSWORD_MIN} characters` })
  .max(200, { error: 'Password must be 200 characters or fewer' });

/**
 * Explicit text-direction controls (embeddings, overrides, isolates): invisible, and an override
 * makes a title read backwards wherever it is shown. Names and titles never need them (Arabic or
 * Hebrew text lays itself out), so they are removed rather than refused.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const ZName = (what: string, max = 120) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .overwrite((v) => v.replace(DIRECTION_CONTROLS, '').trim())
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `${what[0]?.toUpperCase()}${what.slice(1)} must be ${max} characters or fewer` });

/** Short one-line text: a tab or line break in a label is a paste accident. */
export const hasControlCharacters = (text: string) => [...text].some((c) => (c.codePointAt(0) ?? 0) < 32 || c.codePointAt(0) === 127);

/** A name or title that must stay on one line. */
export const ZOneLine = (what: string, max: number) =>
  ZName(what, max).refine((v) => !hasControlCharacters(v), { error: `${what[0]?.toUpperCase()}${what.slice(1)} must be on one line, without tabs` });

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ZProblem>;

export const ZOk = z.object({ ok: z.literal(true) });
