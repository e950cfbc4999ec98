import type { ChorusModule } from '../../platform/module.js';
import { traceabilityRoutes } from './routes.js';

export { supportsOfInsights } from './queries.js';

/**
 * The walk up from Define to Develop: from an insight, or a piece of evidence through its insights,
 * to the priorities and roadmap initiatives it supports. Above both priorities and roadmap, so that
 * neither needs to know the other's tables.
 */
export const traceabilityModule: ChorusModule = {
  name: 'traceability',
  routes: traceabilityRoutes,
};
