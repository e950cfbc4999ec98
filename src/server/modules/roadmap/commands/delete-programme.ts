import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import { deleteCommentsOf } from '../../comments/index.js';
import { assertOpen, loadProgramme } from '../load.js';
import { initiatives, programmes } from '../tables.js';

/** Deletes a programme with its initiatives (the database cascades their links) and everyone's comments on them. */
export async function deleteProgramme(tx: Db, actor: Actor, programmeId: string): Promise<void> {
  const { programme, strategy } = await loadProgramme(tx, actor, programmeId);
  assertOpen(strategy);
  const gone = await tx.select({ id: initiatives.id, title: initiatives.title }).from(initiatives).where(eq(initiatives.programmeId, programme.id));
  await tx.delete(programmes).where(eq(programmes.id, programme.id));
  await deleteCommentsOf(tx, 'initiative', gone.map((i) => i.id));
  await deleteCommentsOf(tx, 'programme', [programme.id]);
  await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
    organisationId: strategy.organisationId,
    action: 'programme.deleted',
    subjectType: 'programme',
    subjectId: programme.id,
    before: { name: programme.name, summary: programme.summary, priorityId: programme.priorityId, initiatives: gone.map((i) => i.title) },
  });
}
