import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { resultRoutes } from './routes.js';

// Staff voice on systems reads a systems question's distributions through the same cubes.
export { buildRespondentsCube, buildQuestionCubes } from './cubes.js';
// The evidence export writes its cells the same formula-safe way.
export { safeCell, toCsv } from './csv.js';

export const resultsModule: ChorusModule = {
  name: 'results',
  routes: resultRoutes,
};
