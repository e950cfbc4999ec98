import type { ChorusModule } from '../../platform/module.js';
import { documentVersionOwner } from './load.js';
import './policy.js';
import { documentRoutes } from './routes.js';

export { strategyDocuments, documentFreeSections, documentVersions, documentOutputs } from './tables.js';

/**
 * Deliver's strategy document: composed from the model (mission, estate, what we heard,
 * priorities, roadmap, partnership, measures) plus the team's Markdown sections, in the team's
 * order; frozen into numbered versions whose tree and downloads never change afterwards.
 */
export const documentsModule: ChorusModule = {
  name: 'documents',
  routes: documentRoutes,
  owners: (ctx) => ({ documentVersionId: (id) => documentVersionOwner(ctx.db, id) }),
};
