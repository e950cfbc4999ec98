import { sql } from 'drizzle-orm';
import { priorities } from '../priorities/index.js';
import { registerChecklistItem } from '../strategies/index.js';
import { initiatives, programmes } from './tables.js';

registerChecklistItem({
  phase: 'develop',
  id: 'roadmap-planned',
  label: 'Every priority has initiatives on the roadmap',
  hint: 'Add a programme under each priority theme, with the initiatives that deliver it, their dates and what they depend on.',
  async isDone(db, strategy) {
    const result = await db.execute(sql`
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM ${programmes} g JOIN ${initiatives} i ON i.programme_id = g.id WHERE g.priority_id = p.id))::int AS bare
        FROM ${priorities} p WHERE p.strategy_id = ${strategy.id}`);
    const [row] = (result as unknown as { rows: { total: number; bare: number }[] }).rows;
    return (row?.total ?? 0) > 0 && row?.bare === 0;
  },
});
