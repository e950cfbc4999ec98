import { allow } from '../../platform/policy.js';

/*
 * Priority themes are the strategy team's work; leaders read them (and comment through the
 * comments module) to agree what the strategy does first. Staff see none of Develop here.
 */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'priority');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'priority');
