import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import './checklist-items.js';
import { maturityRoutes } from './routes.js';

export { maturityAssessments, maturityFrameworks, maturityMeasures, maturityScores } from './tables.js';
export { seedMaturityDemo } from './demo.js';

/**
 * Digital maturity (Discover): frameworks of success measures, with What Good Looks Like built
 * in, self-assessments against them and comparisons. Routes hang off `:orgId`, which the
 * access gate resolves itself, so this module needs no owner resolver.
 */
export const maturityModule: ChorusModule = {
  name: 'maturity',
  routes: maturityRoutes,
};
