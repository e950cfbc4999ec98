import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { importRoutes } from './import-routes.js';
import { estateRoutes } from './routes.js';
import { snapshotRoutes } from './snapshot-routes.js';

export { seedEstateDemo } from './demo.js';
export { systemOptions } from './queries.js';
export { systems, systemUnits, integrations, projects, projectSystems, registerSnapshots } from './tables.js';

/**
 * The digital estate: the systems register, integrations, the assessment views, work in flight and
 * a strategy's register snapshots. Organisation routes nest under `:orgId`; snapshots under
 * `:strategyId`, whose owner resolver the strategies module registers.
 */
export const estateModule: ChorusModule = {
  name: 'estate',
  routes: (app, ctx) => {
    estateRoutes(app, ctx);
    snapshotRoutes(app, ctx);
    importRoutes(app, ctx);
  },
};
