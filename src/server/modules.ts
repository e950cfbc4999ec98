import type { ChorusModule } from './platform/module.js';
import { accountsModule } from './modules/accounts/index.js';
import { auditModule } from './modules/audit/index.js';
import { healthModule } from './modules/health/index.js';
import { importsModule } from './modules/imports/index.js';
import { interviewsModule } from './modules/interviews/index.js';
import { jobsModule } from './modules/jobs/index.js';
import { organisationsModule } from './modules/organisations/index.js';
import { outboxModule } from './modules/outbox/index.js';
import { respondModule } from './modules/respond/index.js';
import { strategiesModule } from './modules/strategies/index.js';
import { surveysModule } from './modules/surveys/index.js';
import { resultsModule } from './modules/results/index.js';
import { staffVoiceModule } from './modules/staff-voice/index.js';
import { workshopsModule } from './modules/workshops/index.js';
import { maturityModule } from './modules/maturity/index.js';
import { workforceModule } from './modules/workforce/index.js';
import { estateModule } from './modules/estate/index.js';
import { participationModule } from './modules/participation/index.js';
import { evidenceModule } from './modules/evidence/index.js';
import { codebookModule } from './modules/codebook/index.js';
import { themesModule } from './modules/themes/index.js';
import { insightsModule } from './modules/insights/index.js';
import { boardModule } from './modules/board/index.js';
import { playbackModule } from './modules/playback/index.js';
import { commentsModule } from './modules/comments/index.js';
import { missionModule } from './modules/mission/index.js';
import { prioritiesModule } from './modules/priorities/index.js';
import { roadmapModule } from './modules/roadmap/index.js';
import { measuresModule } from './modules/measures/index.js';
import { partnershipModule } from './modules/partnership/index.js';
import { traceabilityModule } from './modules/traceability/index.js';
import { deliveryModule, useReportRenderers } from './modules/delivery/index.js';
import { documentsModule, strategyDocx, strategyPdf } from './modules/documents/index.js';

/** Every domain module, in dependency order. Add a new module here and nowhere else. */
export const modules: ChorusModule[] = [
  healthModule,
  accountsModule,
  organisationsModule,
  strategiesModule,
  workforceModule,
  interviewsModule,
  workshopsModule,
  maturityModule,
  estateModule,
  surveysModule,
  resultsModule,
  staffVoiceModule,
  respondModule,
  importsModule,
  participationModule,
  evidenceModule,
  codebookModule,
  themesModule,
  insightsModule,
  boardModule,
  playbackModule,
  commentsModule,
  missionModule,
  prioritiesModule,
  roadmapModule,
  measuresModule,
  partnershipModule,
  traceabilityModule,
  deliveryModule,
  documentsModule,
  auditModule,
  outboxModule,
  jobsModule,
];

// Delivery's board report is rendered by the documents module's renderers, handed over here so
// neither module imports the other (documents → demo → delivery would otherwise loop).
useReportRenderers({ docx: strategyDocx, pdf: strategyPdf });
