import { sql } from 'drizzle-orm';
import { priorities } from '../priorities/index.js';
import { initiatives, programmes } from '../roadmap/index.js';
import { registerChecklistItem } from '../strategies/index.js';
import { outcomeMeasures } from './tables.js';

registerChecklistItem({
  phase: 'develop',
  id: 'measures-set',
  label: 'Every priority has an outcome measure',
  hint: 'Give each priority theme (or one of its initiatives) a measure with a baseline and a target, so that delivery can show it worked.',
  async isDone(db, strategy) {
    // A priority is measured by its own measure or by a measure of one of its initiatives.
    const result = await db.execute(sql`
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM ${outcomeMeasures} m WHERE m.priority_id = p.id)
               AND NOT EXISTS (SELECT 1 FROM ${outcomeMeasures} m JOIN ${initiatives} i ON i.id = m.initiative_id
                                 JOIN ${programmes} g ON g.id = i.programme_id WHERE g.priority_id = p.id))::int AS unmeasured
        FROM ${priorities} p WHERE p.strategy_id = ${strategy.id}`);
    const [row] = (result as unknown as { rows: { total: number; unmeasured: number }[] }).rows;
    return (row?.total ?? 0) > 0 && row?.unmeasured === 0;
  },
});
