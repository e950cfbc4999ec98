import type { ChorusModule } from '../../platform/module.js';
import './checklist-items.js';
import './comment-subject.js';
import { missionVersionOwner } from './load.js';
import './policy.js';
import { missionRoutes } from './routes.js';

export { missionVersions } from './tables.js';
export { seedMissionDemo } from './demo.js';
export { missionPage } from './queries.js';

/**
 * Develop's mission and vision: numbered versions of the text, a word-level comparison of any two,
 * one version agreed (who, when), and leaders' comments through the comments module. Editing the
 * agreed text starts a new draft; the agreed one stays until another is agreed.
 */
export const missionModule: ChorusModule = {
  name: 'mission',
  routes: missionRoutes,
  owners: (ctx) => ({ missionVersionId: (id) => missionVersionOwner(ctx.db, id) }),
};
