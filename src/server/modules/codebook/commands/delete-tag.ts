import { and, eq, isNull, or } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { tags } from '../../evidence/index.js';
import { assertLive, assertOpen, loadTag } from '../tags.js';

/**
 * Deletes a tag softly, so it can be restored: its applications stay and every list skips it.
 * Tags under it go with it, at the same moment, so restoring brings the same family back.
 */
export async function deleteTag(ctx: AppContext, actor: Actor, tagId: string) {
  return ctx.db.transaction(async (tx) => softDeleteTag(tx, actor, tagId));
}

/** The delete inside the caller's transaction (themes withdraws a tag it created when an accept is undone). */
export async function softDeleteTag(tx: Db, actor: Actor, tagId: string) {
  const { tag, strategy } = await loadTag(tx, actor, tagId);
  assertOpen(strategy);
  assertLive(tag);
  const now = new Date();
  const gone = await tx
    .update(tags)
    .set({ deletedAt: now, updatedAt: now })
    .where(and(or(eq(tags.id, tag.id), eq(tags.parentId, tag.id)), isNull(tags.deletedAt)))
    .returning({ id: tags.id });
  await writeAudit(tx, auditActor(actor), {
    organisationId: strategy.organisationId,
    action: 'tag.deleted',
    subjectType: 'tag',
    subjectId: tag.id,
    before: { name: tag.name },
    after: { tagsDeleted: gone.length },
  });
  return { deleted: gone.length };
}
