import { and, asc, eq, ne } from 'drizzle-orm';
import type { Horizon } from '../../../../shared/contracts/roadmap.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { assertOpen, loadInitiative } from '../load.js';
import { initiatives } from '../tables.js';

/**
 * Moves a card on the now / next / later board: into `horizon` at `position` (clamped to the
 * column), renumbering the column so positions stay 0, 1, 2… without gaps.
 */
export async function moveInitiative(tx: Db, actor: Actor, initiativeId: string, horizon: Horizon, position: number): Promise<void> {
  const { initiative, strategy } = await loadInitiative(tx, actor, initiativeId);
  assertOpen(strategy);
  const column = await tx
    .select({ id: initiatives.id, position: initiatives.position })
    .from(initiatives)
    .where(and(eq(initiatives.strategyId, strategy.id), eq(initiatives.horizon, horizon), ne(initiatives.id, initiative.id)))
    .orderBy(asc(initiatives.position), asc(initiatives.title));
  const at = Math.min(position, column.length);
  const order = [...column.slice(0, at).map((c) => c.id), initiative.id, ...column.slice(at).map((c) => c.id)];
  const was = new Map(column.map((c) => [c.id, c.position]));
  for (const [index, id] of order.entries()) {
    if (id === initiative.id) await tx.update(initiatives).set({ horizon, position: index, updatedAt: new Date() }).where(eq(initiatives.id, id));
    else if (was.get(id) !== index) await tx.update(initiatives).set({ position: index }).where(eq(initiatives.id, id));
  }
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId, action: 'initiative.moved', subjectType: 'initiative', subjectId: initiative.id,
    before: { horizon: initiative.horizon, position: initiative.position }, after: { horizon, position: at },
  });
}
