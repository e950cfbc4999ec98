import type { ChorusModule } from '../../platform/module.js';
import { consultationRoutes } from './consultation/routes.js';
import { documentVersionOwner } from './load.js';
import './checklist-items.js';
import './policy.js';
import { publicDocumentRoutes } from './public/public-routes.js';
import { documentRoutes } from './routes.js';
import { defineSignOffReminders } from './signoff/reminders.js';
import { signOffRoutes } from './signoff/routes.js';

export { strategyDocuments, documentFreeSections, documentVersions, documentOutputs } from './tables.js';
export { signOffRounds, signOffApprovers } from './signoff/tables.js';
export { seedDocumentDemo } from './demo.js';
export { sendDueSignOffReminders } from './signoff/reminders.js';

/**
 * Deliver's strategy document: composed from the model (mission, estate, what we heard,
 * priorities, roadmap, partnership, measures) plus the team's Markdown sections, in the team's
 * order; frozen into numbered versions whose tree and downloads never change afterwards.
 */
export const documentsModule: ChorusModule = {
  name: 'documents',
  routes: (app, ctx) => {
    documentRoutes(app, ctx);
    publicDocumentRoutes(app, ctx);
    signOffRoutes(app, ctx);
    consultationRoutes(app, ctx);
  },
  owners: (ctx) => ({ documentVersionId: (id) => documentVersionOwner(ctx.db, id) }),
  jobs: defineSignOffReminders,
};
// The renderers, for other reports made as the same tree (Deliver's quarterly board report).
export { strategyDocx } from './render/docx/strategy-docx.js';
export { strategyPdf } from './render/pdf/strategy-pdf.js';
