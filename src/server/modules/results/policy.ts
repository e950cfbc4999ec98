import { allow } from '../../platform/policy.js';

// Aggregated, suppressed results are for the people who shape the strategy.
allow(['admin', 'strategy_team', 'leader'], ['read'], 'survey_result');
// Raw responses bypass suppression, so only admins may export them (anonymous surveys carry
// no tokens and no time finer than a day).
allow(['admin'], ['manage'], 'survey_response');
