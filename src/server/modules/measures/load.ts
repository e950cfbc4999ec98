import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { outcomeMeasures } from './tables.js';

export type MeasureRow = typeof outcomeMeasures.$inferSelect;

export async function measureOwner(db: Db, measureId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: outcomeMeasures.organisationId }).from(outcomeMeasures).where(eq(outcomeMeasures.id, measureId));
  return row?.organisationId ?? null;
}

/** A measure of the actor's organisation, with its strategy; another organisation's is "not found". */
export async function loadMeasure(db: Db, actor: Actor, measureId: string) {
  const [measure] = await db
    .select()
    .from(outcomeMeasures)
    .where(and(eq(outcomeMeasures.id, measureId), eq(outcomeMeasures.organisationId, actor.member.organisationId)));
  if (!measure) throw notFound('The measure');
  const strategy = await loadStrategy(db, actor, measure.strategyId);
  return { measure, strategy };
}

export function assertOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before changing its measures.');
}
