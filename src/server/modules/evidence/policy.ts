import { allow } from '../../platform/policy.js';

/*
 * The evidence library holds every voice in full, with the respondent's segment beside it: only
 * the people running the strategy work read it. Leaders meet evidence as quotes in insights and
 * the playback; staff see none of Define (their answers are never shown back to staff).
 */
allow(['admin', 'strategy_team'], ['read'], 'evidence');
