import { and, eq, inArray, sql } from 'drizzle-orm';
import { findCycle } from '../../../../shared/roadmap-graph.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import { assertOpen, loadInitiative } from '../load.js';
import { initiativeDependencies, initiatives } from '../tables.js';

/** "This would make a loop: A → B → C → A", in titles, each arrow reading "depends on". */
export async function loopMessage(tx: Db, loop: string[], titleOf?: Map<string, string>): Promise<string> {
  const titles = titleOf ?? new Map((await tx.select({ id: initiatives.id, title: initiatives.title }).from(initiatives).where(inArray(initiatives.id, [...new Set(loop)]))).map((r) => [r.id, r.title]));
  return `This would make a loop: ${loop.map((id) => titles.get(id) ?? 'an initiative').join(' → ')}`;
}

/** `initiativeId` now depends on `dependsOnId`; refused when that closes a loop, naming it. */
export async function addDependency(tx: Db, actor: Actor, initiativeId: string, dependsOnId: string): Promise<void> {
  const { initiative, strategy } = await loadInitiative(tx, actor, initiativeId);
  assertOpen(strategy);
  const [other] = await tx.select().from(initiatives).where(and(eq(initiatives.id, dependsOnId), eq(initiatives.strategyId, strategy.id)));
  if (!other) throw badRequest('Choose an initiative of this roadmap', [{ field: 'dependsOnId', message: 'Choose an initiative of this roadmap' }]);
  if (other.id === initiative.id) throw conflict(`This would make a loop: ${initiative.title} → ${initiative.title}`, [{ field: 'dependsOnId', message: 'An initiative cannot depend on itself' }]);
  // Lock the strategy's row so two additions at once (A → B and B → A) cannot each miss the other's edge and close a loop.
  await tx.execute(sql`SELECT id FROM strategies WHERE id = ${strategy.id} FOR UPDATE`);
  const edges = await tx
    .select({ from: initiativeDependencies.initiativeId, to: initiativeDependencies.dependsOnId })
    .from(initiativeDependencies)
    .where(eq(initiativeDependencies.strategyId, strategy.id));
  if (edges.some((e) => e.from === initiative.id && e.to === other.id)) return;
  const loop = findCycle(edges, { from: initiative.id, to: other.id });
  if (loop) {
    const message = await loopMessage(tx, loop);
    throw conflict(message, [{ field: 'dependsOnId', message }]);
  }
  await tx.insert(initiativeDependencies).values({ initiativeId: initiative.id, dependsOnId: other.id, strategyId: strategy.id });
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId, action: 'initiative.dependency_added', subjectType: 'initiative', subjectId: initiative.id,
    before: { dependsOn: null }, after: { dependsOn: { id: other.id, title: other.title } },
  });
}

export async function removeDependency(tx: Db, actor: Actor, initiativeId: string, dependsOnId: string): Promise<void> {
  const { initiative, strategy } = await loadInitiative(tx, actor, initiativeId);
  assertOpen(strategy);
  const removed = await tx
    .delete(initiativeDependencies)
    .where(and(eq(initiativeDependencies.initiativeId, initiative.id), eq(initiativeDependencies.dependsOnId, dependsOnId)))
    .returning();
  if (removed.length === 0) throw notFound('The dependency');
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId, action: 'initiative.dependency_removed', subjectType: 'initiative', subjectId: initiative.id,
    before: { dependsOnId }, after: { dependsOnId: null },
  });
}
