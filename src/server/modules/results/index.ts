import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { resultRoutes } from './routes.js';

export const resultsModule: ChorusModule = {
  name: 'results',
  routes: resultRoutes,
};
