import { allow } from '../../platform/policy.js';

/* The roadmap is the strategy team's plan; leaders read it (and comment through `develop_comment`). */
allow(['admin', 'strategy_team', 'leader'], ['read'], 'roadmap');
allow(['admin', 'strategy_team'], ['create', 'update', 'delete'], 'roadmap');
