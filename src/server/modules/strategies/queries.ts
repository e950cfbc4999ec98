import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { PHASES, type StrategyOverview } from '../../../shared/contracts/strategies.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { checklistItems } from './checklist.js';
import { presentStrategy } from './presenter.js';
import { strategies } from './tables.js';

/** Loads a strategy of the actor's organisation; anything else is "not found". */
export async function loadStrategy(db: Db, actor: Actor, strategyId: string) {
  const [row] = await db
    .select()
    .from(strategies)
    .where(and(eq(strategies.id, strategyId), eq(strategies.organisationId, actor.member.organisationId)));
  if (!row) throw notFound('The strategy');
  return row;
}

export async function listStrategies(db: Db, actor: Actor, archived: boolean) {
  const rows = await db
    .select()
    .from(strategies)
    .where(and(
      eq(strategies.organisationId, actor.member.organisationId),
      archived ? isNotNull(strategies.archivedAt) : isNull(strategies.archivedAt),
    ))
    .orderBy(desc(strategies.updatedAt));
  return rows.map((row) => presentStrategy(row, actor.member.role));
}

export async function strategyOverview(db: Db, actor: Actor, strategyId: string): Promise<StrategyOverview> {
  const row = await loadStrategy(db, actor, strategyId);
  const items = await Promise.all(
    checklistItems().map(async (item) => ({ item, done: await item.isDone(db, row) })),
  );
  return {
    strategy: presentStrategy(row, actor.member.role),
    checklist: PHASES.map((phase) => ({
      phase,
      items: items
        .filter(({ item }) => item.phase === phase)
        .map(({ item, done }) => ({ id: item.id, label: item.label, done, hint: item.hint })),
    })),
  };
}

export async function strategyOwner(db: Db, strategyId: string): Promise<string | null> {
  const [row] = await db.select({ organisationId: strategies.organisationId }).from(strategies).where(eq(strategies.id, strategyId));
  return row?.organisationId ?? null;
}
