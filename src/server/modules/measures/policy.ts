import { allow } from '../../platform/policy.js';

/*
 * Measures say how the strategy will show it worked: leaders read them (and comment, through the
 * comments module); the strategy team sets them and types their values in. Staff see none of
 * Develop's working.
 */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'measure');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'measure');
