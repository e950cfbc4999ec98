import type { ChorusModule } from '../../platform/module.js';
import './policy.js';
import { playbackRoutes } from './routes.js';
import './checklist-items.js';

export { playbacks, playbackReactions } from './tables.js';
export { reactToInsight } from './commands/react-to-insight.js';
export { setPlaybackShared } from './commands/share-playback.js';
export { updatePlaybackIntro } from './commands/update-playback-intro.js';
export { playbackPack } from './pack.js';

/**
 * Define's playback to senior leaders: the pack of what was heard, from whom, the insights ranked
 * by strength with masked quotes, survey charts, estate headlines and maturity; shared by the team,
 * reacted to by leaders, and downloaded as a Word document.
 */
export const playbackModule: ChorusModule = {
  name: 'playback',
  routes: playbackRoutes,
};
