import { allow, EVERY_ROLE } from '../../platform/policy.js';

// Every member may see what is open to them; the query itself leaves out what their role may not read.
allow(EVERY_ROLE, ['read'], 'participation');
