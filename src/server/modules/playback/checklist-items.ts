import { and, eq, isNotNull } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { playbacks } from './tables.js';

registerChecklistItem({
  phase: 'define',
  id: 'playback-shared',
  label: 'Played back to senior leaders',
  hint: 'Open "Playback to leaders" under Define, check the pack and share it, so leaders can react to each insight.',
  async isDone(db, strategy) {
    const [row] = await db
      .select({ strategyId: playbacks.strategyId })
      .from(playbacks)
      .where(and(eq(playbacks.strategyId, strategy.id), isNotNull(playbacks.sharedAt)));
    return Boolean(row);
  },
});
