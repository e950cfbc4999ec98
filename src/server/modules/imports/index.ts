import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { defineImportJob } from './jobs.js';
import { importRoutes } from './routes.js';

export { imports } from './tables.js';
export { importFile, previewImport, ImportRefused } from './commands/import-file.js';
export { formatPreview } from './report.js';
export { runImportCommand, IMPORT_HELP } from './cli.js';

/** Survey results brought in from other tools' CSV/XLSX exports. */
export const importsModule: ChorusModule = {
  name: 'imports',
  routes: importRoutes,
  jobs: defineImportJob,
};
