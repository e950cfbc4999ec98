import { allow } from '../../platform/policy.js';

/*
 * The playback is the strategy team's pack for senior leaders. The team reads and changes it; a
 * leader reads it once the team has shared it (checked in `loadPlayback`, since the rule table
 * knows roles, not states) and reacts to each insight. Staff see none of Define.
 */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'playback');
allow(['admin', 'strategy_team'], ['update'], 'playback');
allow(['admin', 'strategy_team', 'leader'], ['create'], 'playback_reaction');
