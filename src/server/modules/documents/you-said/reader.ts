import type { Actor } from '../../../platform/http/access.js';

const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * Who the public "you said, we did" page reads the plan as: the organisation's strategy team,
 * through the same module queries the team uses, so every count is suppressed and every quote
 * masked exactly as in the workspace. It never writes, and its user is no one (no reaction or
 * session of a real person can be found under it). The page prints only fields meant for the public.
 */
export const publicReader = (organisationId: string): Actor => ({
  user: { id: NOBODY, name: 'The published page', email: '', sessionTokenHash: '', csrfToken: '' },
  member: { organisationId, membershipId: NOBODY, role: 'strategy_team' },
});
