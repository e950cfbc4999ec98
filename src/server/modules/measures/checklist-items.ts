import { sql } from 'drizzle-orm';
import { everyPriority } from '../priorities/index.js';
import { initiatives, programmes } from '../roadmap/index.js';
import { registerChecklistItem } from '../strategies/index.js';
import { outcomeMeasures } from './tables.js';

registerChecklistItem({
  phase: 'develop',
  id: 'measures-set',
  label: 'Every priority has an outcome measure',
  hint: 'Give each priority theme (or one of its initiatives) a measure with a baseline and a target, so that delivery can show it worked.',
  // A priority is measured by its own measure or by a measure of one of its initiatives.
  isDone: (db, strategy) =>
    everyPriority(db, strategy.id, sql`EXISTS (SELECT 1 FROM ${outcomeMeasures} m WHERE m.priority_id = p.id)
      OR EXISTS (SELECT 1 FROM ${outcomeMeasures} m JOIN ${initiatives} i ON i.id = m.initiative_id
                   JOIN ${programmes} g ON g.id = i.programme_id WHERE g.priority_id = p.id)`),
});
