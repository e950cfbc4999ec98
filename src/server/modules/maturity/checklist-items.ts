import { and, count, eq, isNull, or } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { maturityAssessments } from './tables.js';

registerChecklistItem({
  phase: 'discover',
  id: 'maturity-baseline',
  label: 'Digital maturity baseline assessed',
  hint: 'Complete a digital maturity assessment (for example against What Good Looks Like) for this strategy or the whole organisation.',
  // An assessment linked to another strategy is that strategy's; an unlinked one is the organisation's baseline.
  async isDone(db, strategy) {
    const [row] = await db
      .select({ n: count() })
      .from(maturityAssessments)
      .where(and(
        eq(maturityAssessments.organisationId, strategy.organisationId),
        eq(maturityAssessments.status, 'complete'),
        or(eq(maturityAssessments.strategyId, strategy.id), isNull(maturityAssessments.strategyId)),
      ));
    return (row?.n ?? 0) > 0;
  },
});
