import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { deliveryRoutes } from './routes.js';

export { initiativeUpdates } from './tables.js';

/**
 * Deliver's delivery tracking: dated updates of each initiative (status, RAG with its reason,
 * percentage complete, what happened, blockers). The roadmap module owns the initiatives; the
 * gate finds an initiative's organisation through the roadmap's `initiativeId` owner.
 */
export const deliveryModule: ChorusModule = {
  name: 'delivery',
  routes: deliveryRoutes,
};
export { seedDeliveryDemo } from './demo.js';
