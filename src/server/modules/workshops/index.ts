import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import './checklist-items.js';
import { workshopRoutes } from './routes.js';

export { workshops, workshopAttendance, workshopColumns, stickyNotes } from './tables.js';
export { seedDemoWorkshops } from './demo.js';

/**
 * Workshops (Discover). Routes nest under `:strategyId`, whose owner resolver the strategies
 * module registers, so this module needs no resolver of its own.
 */
export const workshopsModule: ChorusModule = {
  name: 'workshops',
  routes: workshopRoutes,
};
