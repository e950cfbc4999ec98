import { allow } from '../../platform/policy.js';

/* Leaders read the draft and every version (they sign it off); the strategy team composes and freezes. */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'document');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'document');
