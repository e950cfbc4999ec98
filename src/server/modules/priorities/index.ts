import { and, eq } from 'drizzle-orm';
import type { ChorusModule } from '../../platform/module.js';
import { registerCommentSubject } from '../comments/index.js';
import { criterionRoutes } from './criteria-routes.js';
import { priorityOwner } from './load.js';
import './checklist-items.js';
import './policy.js';
import { priorityRoutes } from './routes.js';
import { priorities } from './tables.js';

export { priorities, priorityInsights, priorityMaturityTargets, prioritySystems, priorityCriteria, priorityScores } from './tables.js';
export { seedPrioritiesDemo } from './demo.js';
export { everyPriority } from './every-priority.js';
export { listPriorities } from './queries.js';
export { priorityVoices } from './voices.js';

registerCommentSubject('priority', async (db, organisationId, subjectId) => {
  const [row] = await db
    .select({ strategyId: priorities.strategyId, title: priorities.title })
    .from(priorities)
    .where(and(eq(priorities.id, subjectId), eq(priorities.organisationId, organisationId)));
  return row ? { strategyId: row.strategyId, label: row.title } : null;
});

/**
 * Develop's priority themes: what each answers (insights), aims for (ambition, maturity targets),
 * concerns (systems) and who owns it; weighted criteria, scores, a ranking and an agreed order
 * with the reasons for overruling it; and the walk from a priority down to the voices behind it.
 */
export const prioritiesModule: ChorusModule = {
  name: 'priorities',
  routes: (app, ctx) => {
    priorityRoutes(app, ctx);
    criterionRoutes(app, ctx);
  },
  owners: (ctx) => ({ priorityId: (id) => priorityOwner(ctx.db, id) }),
};
