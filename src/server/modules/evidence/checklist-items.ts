import { and, count, eq } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { evidenceItems, evidenceRedactions } from './tables.js';

registerChecklistItem({
  phase: 'define',
  id: 'personal-information-reviewed',
  label: 'Personal information reviewed',
  // Quotes are masked either way; the review is the team's check that the detection was right.
  hint: 'Open "Personal information to check" under Define and confirm or reverse each detection, so quotes are masked exactly where they should be.',
  async isDone(db, strategy) {
    const [items] = await db.select({ n: count() }).from(evidenceItems).where(eq(evidenceItems.strategyId, strategy.id));
    if ((items?.n ?? 0) === 0) return false;
    const [waiting] = await db
      .select({ n: count() })
      .from(evidenceRedactions)
      .innerJoin(evidenceItems, eq(evidenceItems.id, evidenceRedactions.evidenceItemId))
      .where(and(eq(evidenceItems.strategyId, strategy.id), eq(evidenceRedactions.status, 'suggested')));
    return (waiting?.n ?? 0) === 0;
  },
});
