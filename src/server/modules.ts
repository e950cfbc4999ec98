import type { ChorusModule } from './platform/module.js';
import { accountsModule } from './modules/accounts/index.js';
import { auditModule } from './modules/audit/index.js';
import { healthModule } from './modules/health/index.js';
import { jobsModule } from './modules/jobs/index.js';
import { organisationsModule } from './modules/organisations/index.js';
import { outboxModule } from './modules/outbox/index.js';
import { strategiesModule } from './modules/strategies/index.js';

/** Every domain module, in dependency order. Add a new module here and nowhere else. */
export const modules: ChorusModule[] = [
  healthModule,
  accountsModule,
  organisationsModule,
  strategiesModule,
  auditModule,
  outboxModule,
  jobsModule,
];
