import type { ChorusModule } from '../../platform/module.js';
import type { App, AppContext } from '../../platform/module.js';
import { defineAnalysisJob } from './analysis/job.js';
import { excerptRoutes } from './routes-excerpts.js';
import { redactionRoutes } from './routes-redactions.js';
import { evidenceOwner } from './queries.js';
import { evidenceRoutes } from './routes.js';
import './checklist-items.js';

export { evidenceItems, evidenceRedactions, evidenceTags, tags } from './tables.js';
export { enqueueAnalysis, ANALYSIS_JOB } from './analysis/job.js';
export { analyseOrganisation } from './analysis/analyse.js';
export { onMachineAnalyser } from './analysis/detectors.js';
export { maskSpans } from './redactions.js';
export { findEvidenceIds } from './filter.js';
export { loadQuotes } from './quotes.js';
export { segmentsOf, type Scope as EvidenceScope } from './segments.js';

/**
 * Define's evidence library: every voice in one list (survey answers, system comments, interview
 * notes and excerpts, sticky notes), analysed on the machine for sentiment and personal information.
 */
export const evidenceModule: ChorusModule = {
  name: 'evidence',
  owners: (ctx) => ({ evidenceId: (id) => evidenceOwner(ctx.db, id) }),
  routes(app: App, ctx: AppContext) {
    evidenceRoutes(app, ctx);
    excerptRoutes(app, ctx);
    redactionRoutes(app, ctx);
  },
  jobs: defineAnalysisJob,
};
