import { and, count, eq, isNotNull } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { partnershipVersions } from './tables.js';

registerChecklistItem({
  phase: 'develop',
  id: 'partnership-agreed',
  label: 'Staff partnership put to staff and agreed',
  hint: 'Draft what staff can expect from the digital team and what it asks of them, put it to staff, and mark the version they endorsed as agreed.',
  async isDone(db, strategy) {
    const [row] = await db
      .select({ n: count() })
      .from(partnershipVersions)
      .where(and(eq(partnershipVersions.strategyId, strategy.id), isNotNull(partnershipVersions.agreedAt)));
    return (row?.n ?? 0) > 0;
  },
});
