import type { ChorusModule } from '../../platform/module.js';
import type { App, AppContext } from '../../platform/module.js';
import { tagOwner } from './queries.js';
import { codebookRoutes } from './routes.js';
import './checklist-items.js';

export { createTag } from './commands/create-tag.js';
export { applyTags, removeTags } from './commands/apply-tags.js';
export { softDeleteTag } from './commands/delete-tag.js';
export { tagsOf, listTags } from './queries.js';
export { textColourFor, PALETTE } from './colour.js';

/**
 * Define's codebook: a strategy's tags (two levels), applied to evidence one by one or over a
 * filter, merged, deleted with undo, and counted by source and (suppressed) staff group.
 */
export const codebookModule: ChorusModule = {
  name: 'codebook',
  owners: (ctx) => ({ tagId: (id) => tagOwner(ctx.db, id) }),
  routes(app: App, ctx: AppContext) {
    codebookRoutes(app, ctx);
  },
};
