import { and, count, eq } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { insights } from './tables.js';

registerChecklistItem({
  phase: 'define',
  id: 'insights-agreed',
  label: 'Insights agreed',
  hint: 'Write insights backed by evidence (from the library or a cluster on the board) and mark the ones the team agrees as agreed.',
  async isDone(db, strategy) {
    const [row] = await db
      .select({ n: count() })
      .from(insights)
      .where(and(eq(insights.strategyId, strategy.id), eq(insights.status, 'agreed')));
    return (row?.n ?? 0) > 0;
  },
});
