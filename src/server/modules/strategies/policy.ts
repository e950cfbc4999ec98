import { allow, can, EVERY_ROLE, type Role } from '../../platform/policy.js';

allow(EVERY_ROLE, ['read'], 'strategy');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'strategy');

export const strategyAbilities = (role: Role, archived: boolean) => ({
  update: !archived && can(role, 'update', 'strategy'),
  archive: can(role, 'delete', 'strategy'),
});
