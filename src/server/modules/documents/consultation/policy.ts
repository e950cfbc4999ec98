import { allow } from '../../../platform/policy.js';

/* Leaders read what staff said of the draft (they sign it off); the strategy team runs the consultation. */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'consultation');
allow(['admin', 'strategy_team'], ['create', 'update'], 'consultation');
