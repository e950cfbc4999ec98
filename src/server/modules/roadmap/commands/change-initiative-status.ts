import { eq } from 'drizzle-orm';
import type { InitiativeStatus } from '../../../../shared/contracts/roadmap.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { assertOpen, loadInitiative } from '../load.js';
import { initiatives } from '../tables.js';

/**
 * Sets an initiative's status, as a delivery update reports it (the roadmap shows the latest), and
 * returns the initiative with its strategy. Nothing is written, nor audited, when it is unchanged.
 */
export async function changeInitiativeStatus(tx: Db, actor: Actor, initiativeId: string, status: InitiativeStatus) {
  const loaded = await loadInitiative(tx, actor, initiativeId);
  assertOpen(loaded.strategy);
  if (loaded.initiative.status !== status) {
    await tx.update(initiatives).set({ status, updatedAt: new Date() }).where(eq(initiatives.id, initiativeId));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: loaded.strategy.organisationId, action: 'initiative.status_changed', subjectType: 'initiative', subjectId: initiativeId,
      before: { status: loaded.initiative.status }, after: { status },
    });
  }
  return loaded;
}
