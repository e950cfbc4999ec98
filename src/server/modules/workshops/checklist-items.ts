import { count, eq } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { stickyNotes, workshops } from './tables.js';

registerChecklistItem({
  phase: 'discover',
  id: 'workshops-held',
  label: 'Workshops held',
  // A workshop record alone may be one that is only planned; its sticky notes show it happened.
  hint: 'Record at least one workshop with a ward, department or team, with the sticky notes people wrote.',
  async isDone(db, strategy) {
    const [row] = await db
      .select({ n: count() })
      .from(stickyNotes)
      .innerJoin(workshops, eq(workshops.id, stickyNotes.workshopId))
      .where(eq(workshops.strategyId, strategy.id));
    return (row?.n ?? 0) > 0;
  },
});
