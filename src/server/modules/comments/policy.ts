import { allow } from '../../platform/policy.js';

/** Leaders read everything in Develop and say what they think; the strategy team edits. Staff see none of it. */
allow(['admin', 'strategy_team', 'leader'], ['read', 'create'], 'develop_comment');
