import { allow, can, type Role } from '../../platform/policy.js';

// Who may see and change how a survey reaches staff. Leaders and staff respond; they do not distribute.
allow(['admin', 'strategy_team'], ['read', 'update'], 'survey_distribution');

export const distributionAbilities = (role: Role) => ({ update: can(role, 'update', 'survey_distribution') });
