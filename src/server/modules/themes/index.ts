import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { defineThemeJob } from './job.js';
import { runOwner, suggestionOwner } from './queries.js';
import { themeRoutes } from './routes.js';

export { themeRuns, themeSuggestions, themeRunItems } from './tables.js';
export { THEME_JOB, runThemeJob, type Engine } from './job.js';
export { startThemeRun } from './commands/start-theme-run.js';
export { acceptSuggestion } from './commands/accept-suggestion.js';

/**
 * Theme suggestion: the engine groups a fixed set of evidence in a background job; the team
 * curates what it suggests (rename, merge, split, dismiss, accept as a tag).
 */
export const themesModule: ChorusModule = {
  name: 'themes',
  owners: (ctx) => ({ runId: (id) => runOwner(ctx.db, id), suggestionId: (id) => suggestionOwner(ctx.db, id) }),
  routes: themeRoutes,
  jobs: defineThemeJob,
};
