import { asc, eq } from 'drizzle-orm';
import { rankThemes } from '../../../shared/prioritisation.js';
import type { Db } from '../../platform/db/client.js';
import { priorities, priorityCriteria, priorityScores } from './tables.js';

/** The strategy's priorities in the agreed order, each with its scores: what ranking needs. */
export async function themesOf(db: Db, strategyId: string) {
  const [rows, scores] = await Promise.all([
    db.select().from(priorities).where(eq(priorities.strategyId, strategyId)).orderBy(asc(priorities.position), asc(priorities.title)),
    db
      .select({ priorityId: priorityScores.priorityId, criterionId: priorityScores.criterionId, score: priorityScores.score })
      .from(priorityScores)
      .innerJoin(priorities, eq(priorities.id, priorityScores.priorityId))
      .where(eq(priorities.strategyId, strategyId)),
  ]);
  const byPriority = new Map<string, Record<string, number>>();
  for (const s of scores) byPriority.set(s.priorityId, { ...byPriority.get(s.priorityId), [s.criterionId]: s.score });
  return rows.map((row) => ({ ...row, scores: byPriority.get(row.id) ?? {} }));
}

export function criteriaOf(db: Db, strategyId: string) {
  return db.select().from(priorityCriteria).where(eq(priorityCriteria.strategyId, strategyId)).orderBy(asc(priorityCriteria.position), asc(priorityCriteria.name));
}

/** The order the scores give, as ids: what a hand-made order is compared with. */
export async function scoredOrder(db: Db, strategyId: string): Promise<string[]> {
  const [themes, criteria] = await Promise.all([themesOf(db, strategyId), criteriaOf(db, strategyId)]);
  return rankThemes(themes, criteria).map((r) => r.id);
}

/** Writes positions 0…n−1 in the order given, touching only rows whose position changes. */
export async function renumber(tx: Db, current: { id: string; position: number }[], orderedIds: string[]): Promise<void> {
  const positionOf = new Map(current.map((r) => [r.id, r.position]));
  for (const [position, id] of orderedIds.entries()) {
    if (positionOf.get(id) !== position) await tx.update(priorities).set({ position }).where(eq(priorities.id, id));
  }
}
