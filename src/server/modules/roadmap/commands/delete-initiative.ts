import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { deleteCommentsOf } from '../../comments/index.js';
import { assertOpen, loadInitiative } from '../load.js';
import { initiatives } from '../tables.js';

/** Deletes an initiative; its dependencies both ways and its links go with it (foreign keys cascade). */
export async function deleteInitiative(tx: Db, actor: Actor, initiativeId: string): Promise<void> {
  const { initiative, strategy } = await loadInitiative(tx, actor, initiativeId);
  assertOpen(strategy);
  await tx.delete(initiatives).where(eq(initiatives.id, initiative.id));
  await deleteCommentsOf(tx, 'initiative', [initiative.id]);
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId,
    action: 'initiative.deleted',
    subjectType: 'initiative',
    subjectId: initiative.id,
    before: { title: initiative.title, programmeId: initiative.programmeId, startMonth: initiative.startMonth, endMonth: initiative.endMonth, status: initiative.status },
  });
}
