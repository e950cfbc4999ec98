import { allow } from '../../platform/policy.js';

allow(['admin', 'strategy_team'], ['read', 'create'], 'survey_import');
