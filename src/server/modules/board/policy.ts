import { allow } from '../../platform/policy.js';

/*
 * The board is where the strategy team sorts evidence into clusters; leaders may look at it (the
 * quotes on it are masked, as in insights) but only the team moves cards. Staff see none of Define.
 */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'board');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'board');
