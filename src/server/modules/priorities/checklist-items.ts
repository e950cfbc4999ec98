import { sql } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { priorities, priorityCriteria, priorityInsights, priorityScores } from './tables.js';

registerChecklistItem({
  phase: 'develop',
  id: 'priorities-traced-and-scored',
  label: 'Priority themes traced and scored',
  hint: 'Add the priority themes, link each to the insights it answers, and score each against every prioritisation criterion.',
  async isDone(db, strategy) {
    // Done when there is at least one priority and none lacks an insight or a criterion's score.
    const result = await db.execute(sql`
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM ${priorityInsights} l WHERE l.priority_id = p.id)
               OR EXISTS (SELECT 1 FROM ${priorityCriteria} c WHERE c.strategy_id = p.strategy_id
                            AND NOT EXISTS (SELECT 1 FROM ${priorityScores} s WHERE s.priority_id = p.id AND s.criterion_id = c.id)))::int AS incomplete
        FROM ${priorities} p WHERE p.strategy_id = ${strategy.id}`);
    const [row] = (result as unknown as { rows: { total: number; incomplete: number }[] }).rows;
    return (row?.total ?? 0) > 0 && row?.incomplete === 0;
  },
});
