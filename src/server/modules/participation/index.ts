import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { participationRoutes } from './routes.js';

/**
 * The member's own view across Discover: surveys and workshops open to them, what came of
 * earlier ones, and (for senior leaders) their interviews. Read-only; it owns no tables and
 * depends on the modules it reads, never the other way round.
 */
export const participationModule: ChorusModule = {
  name: 'participation',
  routes: participationRoutes,
};
