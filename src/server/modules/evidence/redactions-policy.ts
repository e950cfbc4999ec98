import { allow } from '../../platform/policy.js';

/*
 * The review queue shows the very words that may be personal information (a colleague's name, a
 * patient's phone number) so the team can judge them: only the people running the strategy work
 * see and decide them. Leaders and staff only ever meet quotes with the spans masked.
 */
allow(['admin', 'strategy_team'], ['read', 'update', 'create'], 'evidence_redaction');
