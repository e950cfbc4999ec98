import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { respondentRoutes } from './pages/routes.js';
import { distributionRoutes } from './routes.js';

export { distributionCounts } from './queries.js';
export { setOpenLink } from './commands/set-open-link.js';
/** The staff pages' Nunjucks environment (NHS.UK macros, autoescaped), for other server-rendered pages. */
export { render, NHSUK_DIST } from './pages/render.js';
export { messagePage } from './pages/pages.js';
export { templateFiles } from './pages/template-files.js';

/**
 * How surveys reach staff and how staff answer them: the workspace's distribution API (open
 * link, access code, personal invitations, reminders, QR code, poster) and the respondent pages.
 */
export const respondModule: ChorusModule = {
  name: 'respond',
  routes: async (app, ctx) => {
    distributionRoutes(app, ctx);
    await respondentRoutes(app, ctx);
  },
  // `surveyId` routes resolve their organisation through the surveys module's owner resolver.
};
