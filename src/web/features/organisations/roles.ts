import { ROLE_LABELS, type Role } from '../../../shared/contracts/common.js';

/** What each role means in practice, shown where someone chooses a role for a colleague. */
export const ROLE_HINTS: Record<Role, string> = {
  admin: 'Manages members, invitations and settings, and can read the audit trail.',
  strategy_team: 'Runs the strategy work: creates strategies, moves them through the phases and sees who is involved.',
  leader: 'An executive or senior leader who is interviewed, reviews findings and endorses the strategy.',
  staff: 'Takes part in engagement and can read the strategies.',
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const roleOptions = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
export const roleOptionsWithHints = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role], hint: ROLE_HINTS[role] }));
