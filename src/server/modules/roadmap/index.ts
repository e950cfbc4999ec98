import { and, eq } from 'drizzle-orm';
import type { ChorusModule } from '../../platform/module.js';
import { registerCommentSubject } from '../comments/index.js';
import './checklist-items.js';
import './policy.js';
import { initiativeOwner, programmeOwner } from './load.js';
import { roadmapRoutes } from './routes.js';
import { initiatives, programmes } from './tables.js';

export { programmes, initiatives, initiativeDependencies, initiativeSystems, initiativeProjects, initiativeInsights } from './tables.js';
export { seedRoadmapDemo } from './demo.js';
export { roadmapData } from './queries.js';
export { loadInitiative } from './load.js';
export { changeInitiativeStatus } from './commands/change-initiative-status.js';
export { roadmapOf } from './queries.js';

registerCommentSubject('programme', async (db, organisationId, id) => {
  const [row] = await db.select({ strategyId: programmes.strategyId, name: programmes.name }).from(programmes).where(and(eq(programmes.id, id), eq(programmes.organisationId, organisationId)));
  return row ? { strategyId: row.strategyId, label: row.name } : null;
});
registerCommentSubject('initiative', async (db, organisationId, id) => {
  const [row] = await db.select({ strategyId: initiatives.strategyId, title: initiatives.title }).from(initiatives).where(and(eq(initiatives.id, id), eq(initiatives.organisationId, organisationId)));
  return row ? { strategyId: row.strategyId, label: row.title } : null;
});

/**
 * Develop's programme roadmap: programmes under priority themes, initiatives with months, status
 * and horizon, the systems they change (checked against the register's TIME decision), the
 * projects they continue, and dependencies that never loop. One read gives all three views.
 */
export const roadmapModule: ChorusModule = {
  name: 'roadmap',
  routes: roadmapRoutes,
  owners: (ctx) => ({ programmeId: (id) => programmeOwner(ctx.db, id), initiativeId: (id) => initiativeOwner(ctx.db, id) }),
};
