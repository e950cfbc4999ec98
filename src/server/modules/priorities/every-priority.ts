import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { priorities } from './tables.js';

/**
 * Whether a strategy has priorities and every one of them meets `condition`, an SQL test on the
 * row aliased `p` (e.g. "it has an insight"). Never vacuously true: with no priorities, false. The
 * Develop checklist's "every priority has…" items all ask this.
 */
export async function everyPriority(db: Db, strategyId: string, condition: SQL): Promise<boolean> {
  const result = await db.execute(sql`
    SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT (${condition}))::int AS failing
      FROM ${priorities} p WHERE p.strategy_id = ${strategyId}`);
  const [row] = (result as unknown as { rows: { total: number; failing: number }[] }).rows;
  return (row?.total ?? 0) > 0 && row?.failing === 0;
}
