import type { Phase } from '../../../shared/contracts/strategies.js';
import type { Db } from '../../platform/db/client.js';
import type { strategies } from './tables.js';

export interface ChecklistItemDefinition {
  phase: Phase;
  id: string;
  label: string;
  /** What to do next, shown while the item is not done. */
  hint: string;
  isDone(db: Db, strategy: typeof strategies.$inferSelect): Promise<boolean>;
}

const items: ChecklistItemDefinition[] = [];

/**
 * Later modules add what "done" means for each phase (a survey run, evidence coded, a
 * strategy signed off) by registering items here from their own index.
 */
export function registerChecklistItem(item: ChecklistItemDefinition): void {
  if (items.some((existing) => existing.id === item.id)) return;
  items.push(item);
}

export function checklistItems(): readonly ChecklistItemDefinition[] {
  return items;
}
