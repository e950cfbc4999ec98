import { allow, can, EVERY_ROLE, type Role } from '../../platform/policy.js';

// Every member may see the organisation's shape and headcounts: they are the denominators
// behind every "who has been heard" figure. The people running the strategy keep them.
allow(EVERY_ROLE, ['read'], 'workforce');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'workforce');

export const workforceAbilities = (role: Role) => ({ manage: can(role, 'update', 'workforce') });
