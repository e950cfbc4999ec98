import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import './checklist-items.js';
import { strategyOwner } from './queries.js';
import { strategyRoutes } from './routes.js';

export { strategies } from './tables.js';
export { registerChecklistItem } from './checklist.js';
export { loadStrategy } from './queries.js';
export { createStrategy } from './commands/create-strategy.js';

export const strategiesModule: ChorusModule = {
  name: 'strategies',
  routes: strategyRoutes,
  owners: (ctx) => ({ strategyId: (id) => strategyOwner(ctx.db, id) }),
};
