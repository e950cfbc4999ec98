import { allow } from '../../platform/policy.js';

/* Delivery is the strategy team's record; leaders follow it. Staff see what was done through "you said, we did". */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'delivery');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'delivery');
