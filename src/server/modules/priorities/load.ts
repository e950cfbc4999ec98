import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { priorities, priorityCriteria } from './tables.js';

export async function priorityOwner(db: Db, priorityId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: priorities.organisationId }).from(priorities).where(eq(priorities.id, priorityId));
  return row?.organisationId ?? null;
}

/** A priority of the actor's organisation, with its strategy; another organisation's is "not found". */
export async function loadPriority(db: Db, actor: Actor, priorityId: string) {
  const [priority] = await db
    .select()
    .from(priorities)
    .where(and(eq(priorities.id, priorityId), eq(priorities.organisationId, actor.member.organisationId)));
  if (!priority) throw notFound('The priority');
  const strategy = await loadStrategy(db, actor, priority.strategyId);
  return { priority, strategy };
}

/** A criterion of the strategy in the address (which the access gate has already checked). */
export async function loadCriterion(db: Db, strategyId: string, criterionId: string) {
  const [criterion] = await db
    .select()
    .from(priorityCriteria)
    .where(and(eq(priorityCriteria.id, criterionId), eq(priorityCriteria.strategyId, strategyId)));
  if (!criterion) throw notFound('The criterion');
  return criterion;
}

export function assertOpen(strategy: { archivedAt: Date | null }): void {
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
}

