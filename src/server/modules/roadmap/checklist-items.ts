import { sql } from 'drizzle-orm';
import { everyPriority } from '../priorities/index.js';
import { registerChecklistItem } from '../strategies/index.js';
import { initiatives, programmes } from './tables.js';

registerChecklistItem({
  phase: 'develop',
  id: 'roadmap-planned',
  label: 'Every priority has initiatives on the roadmap',
  hint: 'Add a programme under each priority theme, with the initiatives that deliver it, their dates and what they depend on.',
  isDone: (db, strategy) =>
    everyPriority(db, strategy.id, sql`EXISTS (SELECT 1 FROM ${programmes} g JOIN ${initiatives} i ON i.programme_id = g.id WHERE g.priority_id = p.id)`),
});
