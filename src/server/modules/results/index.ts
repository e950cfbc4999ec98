import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { resultRoutes } from './routes.js';

// Staff voice on systems reads a systems question's distributions through the same cubes.
export { buildRespondentsCube, buildQuestionCubes } from './cubes.js';
// The evidence export writes its cells the same formula-safe way.
export { safeCell, toCsv } from './csv.js';
// The playback shows coverage and key questions through the same functions as the results pages.
export { coverage } from './coverage.js';
export { loadResultsContext } from './load.js';
export { present, questionResult } from './question-results.js';

export const resultsModule: ChorusModule = {
  name: 'results',
  routes: resultRoutes,
};
