import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import './checklist-items.js';
import { workforceRoutes } from './routes.js';

export { headcounts, orgUnits, staffGroups } from './tables.js';
export { seedWorkforceDemo } from './demo.js';
export { loadProfileChoices } from './profile-choices.js';

export const workforceModule: ChorusModule = {
  name: 'workforce',
  routes: workforceRoutes,
};
