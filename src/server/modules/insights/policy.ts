import { allow } from '../../platform/policy.js';

/*
 * Insights are the strategy team's work; leaders read them (and the quotes in them, masked) to
 * agree what the strategy must answer. Staff see none of Define: the quotes are staff's voices.
 */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'insight');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'insight');
