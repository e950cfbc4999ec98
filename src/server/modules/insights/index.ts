import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { insightOwner } from './load.js';
import { insightRoutes } from './routes.js';
import './checklist-items.js';

export { insights, insightEvidence, insightTags, insightSystems, insightMeasures, insightComments } from './tables.js';
export { createInsight } from './commands/create-insight.js';
export { addComment } from './commands/add-comment.js';
export { insightsWithStrength } from './strength-query.js';
export { evidenceIdsOf } from './queries.js';
export { strengthOf, strengthLevel, spreadOfCounts, SOURCE_KIND_OF } from './strength.js';

/**
 * Define's insights: statements the team writes and backs with evidence from the library, with a
 * strength computed from that evidence each time it is read, walked down to the evidence and up
 * from any piece of evidence to the insights it supports.
 */
export const insightsModule: ChorusModule = {
  name: 'insights',
  routes: insightRoutes,
  owners: (ctx) => ({ insightId: (id) => insightOwner(ctx.db, id) }),
};
