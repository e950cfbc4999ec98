import { and, count, eq, isNotNull } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { missionVersions } from './tables.js';

registerChecklistItem({
  phase: 'develop',
  id: 'mission-agreed',
  label: 'Mission agreed',
  hint: 'Draft the mission (and, if you wish, a vision and principles), discuss it with leaders, and mark one version as agreed.',
  async isDone(db, strategy) {
    const [row] = await db
      .select({ n: count() })
      .from(missionVersions)
      .where(and(eq(missionVersions.strategyId, strategy.id), isNotNull(missionVersions.agreedAt)));
    return (row?.n ?? 0) > 0;
  },
});
