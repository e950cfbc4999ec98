import { allow } from '../../platform/policy.js';

/*
 * Theme suggestions are read from the evidence library's texts, so only the people running the
 * strategy work see and curate them (as with the library itself); leaders meet the result later,
 * as tags behind insights. Staff see none of Define.
 */
allow(['admin', 'strategy_team'], ['read', 'create', 'update'], 'theme');
