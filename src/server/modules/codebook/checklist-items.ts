import { count, eq } from 'drizzle-orm';
import { evidenceItems, evidenceTags } from '../evidence/index.js';
import { registerChecklistItem } from '../strategies/index.js';

registerChecklistItem({
  phase: 'define',
  id: 'evidence-coded',
  label: 'Evidence coded',
  hint: 'Make tags in the codebook (or accept suggested themes as tags) and apply them to what people said.',
  async isDone(db, strategy) {
    const [row] = await db
      .select({ n: count() })
      .from(evidenceTags)
      .innerJoin(evidenceItems, eq(evidenceItems.id, evidenceTags.evidenceItemId))
      .where(eq(evidenceItems.strategyId, strategy.id));
    return (row?.n ?? 0) > 0;
  },
});
