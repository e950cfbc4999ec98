import { allow } from '../../platform/policy.js';

/*
 * The partnership is drafted by the strategy team; leaders read it (and its results, suppressed
 * as every result is) and comment. Staff answer it through the survey's own pages, not here.
 */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'partnership');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'partnership');
