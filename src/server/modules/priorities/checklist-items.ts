import { sql } from 'drizzle-orm';
import { registerChecklistItem } from '../strategies/index.js';
import { everyPriority } from './every-priority.js';
import { priorityCriteria, priorityInsights, priorityScores } from './tables.js';

registerChecklistItem({
  phase: 'develop',
  id: 'priorities-traced-and-scored',
  label: 'Priority themes traced and scored',
  hint: 'Add the priority themes, link each to the insights it answers, and score each against every prioritisation criterion.',
  isDone: (db, strategy) =>
    everyPriority(db, strategy.id, sql`EXISTS (SELECT 1 FROM ${priorityInsights} l WHERE l.priority_id = p.id)
      AND NOT EXISTS (SELECT 1 FROM ${priorityCriteria} c WHERE c.strategy_id = p.strategy_id
                        AND NOT EXISTS (SELECT 1 FROM ${priorityScores} s WHERE s.priority_id = p.id AND s.criterion_id = c.id))`),
});
