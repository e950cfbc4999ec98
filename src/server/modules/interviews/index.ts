import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import './checklist-items.js';
import { interviewRoutes } from './routes.js';

export { interviews, interviewItems, interviewTopics } from './tables.js';
export { seedDemoInterviews } from './demo.js';

/**
 * Leader interviews (Discover). Routes nest under `:strategyId`, whose owner resolver the
 * strategies module registers, so this module needs no resolver of its own.
 */
export const interviewsModule: ChorusModule = {
  name: 'interviews',
  routes: interviewRoutes,
};
