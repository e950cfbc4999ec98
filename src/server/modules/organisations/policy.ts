import { allow, can, EVERY_ROLE, type Role } from '../../platform/policy.js';

allow(EVERY_ROLE, ['read'], 'organisation');
allow(['admin'], ['update'], 'organisation');
allow(['admin', 'strategy_team'], ['read'], 'member');
allow(['admin'], ['create', 'update', 'delete'], 'member');
allow(['admin'], ['read', 'create', 'delete'], 'invitation');
allow(['admin'], ['read'], 'outbox');

export const organisationAbilities = (role: Role) => ({
  update: can(role, 'update', 'organisation'),
  manageMembers: can(role, 'update', 'member'),
  readAudit: can(role, 'read', 'audit'),
});
