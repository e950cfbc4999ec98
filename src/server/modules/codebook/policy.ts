import { allow } from '../../platform/policy.js';

/*
 * The codebook is the strategy team's working tool over the evidence library: only the people
 * who read the library read or change its tags. Leaders meet tags through insights.
 */
allow(['admin', 'strategy_team'], ['read', 'create', 'update', 'delete'], 'tag');
