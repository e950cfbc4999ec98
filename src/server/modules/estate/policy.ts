import { allow, can, EVERY_ROLE, type Role } from '../../platform/policy.js';

/*
 * The register is the organisation's shared picture of its systems: everyone in the organisation
 * may read it (staff answer surveys about these systems and leaders plan with them). Only admins
 * and the strategy team change it. The trust's digital team (architects, the CCIO's office) is not
 * a role of its own yet: give them the strategy_team role until one exists.
 */
allow(EVERY_ROLE, ['read'], 'estate');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'estate');

export const estateAbilities = (role: Role) => ({ manage: can(role, 'update', 'estate') });
