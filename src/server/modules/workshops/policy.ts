import { allow, can, EVERY_ROLE, type Role } from '../../platform/policy.js';

/*
 * Workshops are open to everyone in the organisation: the sticky notes were written by staff
 * to be seen, carry no names, and showing people what colleagues said builds trust in the
 * engagement. Only the people running the strategy work record and change them.
 */
allow(EVERY_ROLE, ['read'], 'workshop');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'workshop');

export const workshopAbilities = (role: Role, strategyArchived: boolean) => ({
  update: !strategyArchived && can(role, 'update', 'workshop'),
  delete: !strategyArchived && can(role, 'delete', 'workshop'),
});

export const canCreateWorkshop = (role: Role, strategyArchived: boolean) => !strategyArchived && can(role, 'create', 'workshop');
