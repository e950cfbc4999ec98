import type { ChorusModule } from '../../platform/module.js';
import type { App, AppContext } from '../../platform/module.js';
import { clusterOwner } from './load.js';
import './policy.js';
import { boardRoutes } from './routes.js';

export { boardClusters, boardCards } from './tables.js';
export { addCards } from './commands/add-cards.js';
export { createCluster } from './commands/create-cluster.js';
export { moveCard } from './commands/move-card.js';

/**
 * Define's affinity board: evidence cards sorted by hand into named clusters, each of which can
 * become an insight in one step.
 */
export const boardModule: ChorusModule = {
  name: 'board',
  owners: (ctx) => ({ clusterId: (id) => clusterOwner(ctx.db, id) }),
  routes(app: App, ctx: AppContext) {
    boardRoutes(app, ctx);
  },
};
