import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { commentRoutes } from './routes.js';

export { developComments } from './tables.js';
export { registerCommentSubject, type SubjectFinder } from './subjects.js';
export { deleteCommentsOf } from './queries.js';

/**
 * Comments by leaders and the strategy team on every Develop item (mission versions, priorities,
 * programmes, initiatives, measures, partnership versions). The modules that own those items
 * register how to find them, so this module stays below them all.
 */
export const commentsModule: ChorusModule = {
  name: 'comments',
  routes: commentRoutes,
};
