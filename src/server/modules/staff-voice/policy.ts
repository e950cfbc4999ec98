import { allow } from '../../platform/policy.js';

// Staff voice is aggregated survey results, so it is for the same people as the results pages.
allow(['admin', 'strategy_team', 'leader'], ['read'], 'staff_voice');
