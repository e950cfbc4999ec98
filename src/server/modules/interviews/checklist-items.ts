import { count, eq } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { interviews } from './tables.js';

/**
 * Three interviews, not one: a single conversation is one view, not the leadership's. Three
 * is the smallest executive core a strategy cannot do without (typically the chief
 * executive, the medical director and the chief nurse); most trusts will do eight or more.
 */
export const LEADER_INTERVIEWS_NEEDED = 3;

registerChecklistItem({
  phase: 'discover',
  id: 'leaders-interviewed',
  label: 'Senior leaders interviewed',
  hint: `Record at least ${LEADER_INTERVIEWS_NEEDED} interviews with senior leaders, for example the chief executive, medical director and chief nurse, with the drivers and priorities each named.`,
  async isDone(db, strategy) {
    const [row] = await db.select({ n: count() }).from(interviews).where(eq(interviews.strategyId, strategy.id));
    return (row?.n ?? 0) >= LEADER_INTERVIEWS_NEEDED;
  },
});
