import { allow } from '../../../platform/policy.js';

/*
 * Leaders read the sign-off (they are the approvers); the strategy team submits and withdraws. A
 * decision is open to senior leaders and admins by role, and the command then allows only the
 * approvers named for that round. Checking a file is a read: anyone who can see the version may.
 */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'document_signoff');
allow(['admin', 'strategy_team'], ['create', 'delete'], 'document_signoff');
allow(['admin', 'leader'], ['update'], 'document_signoff');
