import { allow, can, type Role } from '../../platform/policy.js';

/*
 * Who may see and change leader interviews.
 *
 * Interview notes are sensitive: a chief executive speaking candidly about finances, or a
 * director about a struggling service, agreed to be interviewed by the strategy team, not to
 * be read by every member of staff. So staff cannot read interviews at all (not even the
 * list: roles and dates alone say who was asked). Senior leaders may read them, because the
 * playback of what leaders said is made to them and with them. Only the people running the
 * strategy work (admins and the strategy team) record, change, merge or delete.
 */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'interview');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'interview');

export const interviewAbilities = (role: Role, strategyArchived: boolean) => ({
  update: !strategyArchived && can(role, 'update', 'interview'),
  delete: !strategyArchived && can(role, 'delete', 'interview'),
});

export const canCreateInterview = (role: Role, strategyArchived: boolean) =>
  !strategyArchived && can(role, 'create', 'interview');
