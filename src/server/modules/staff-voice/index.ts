import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { staffVoiceRoutes } from './routes.js';

/** Staff voice on systems: survey answers about the estate's systems beside the architects' fit. */
export const staffVoiceModule: ChorusModule = {
  name: 'staff-voice',
  routes: staffVoiceRoutes,
};
