import { allow } from '../../platform/policy.js';

/** Leaders read every version (and comment, through the comments module); the strategy team writes and agrees. */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'mission');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'mission');
