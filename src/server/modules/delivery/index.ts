import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { milestoneOwner } from './milestones.js';
import { defineDeliveryReminders } from './reminders.js';
import { deliveryRoutes } from './routes.js';

export { initiativeUpdates, initiativeMilestones } from './tables.js';

/**
 * Deliver's delivery tracking: dated updates of each initiative (status, RAG with its reason,
 * percentage complete, what happened, blockers), its milestones, the dashboard, a weekly digest of
 * what is overdue, and the quarterly board report. The roadmap module owns the initiatives; the
 * gate finds an initiative's organisation through the roadmap's `initiativeId` owner.
 */
export const deliveryModule: ChorusModule = {
  name: 'delivery',
  routes: deliveryRoutes,
  owners: (ctx) => ({ milestoneId: (id) => milestoneOwner(ctx.db, id) }),
  jobs: defineDeliveryReminders,
};
export { seedDeliveryDemo } from './demo.js';
export { useReportRenderers } from './report-renderers.js';
