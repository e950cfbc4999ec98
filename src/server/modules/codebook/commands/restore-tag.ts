import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { tags } from '../../evidence/index.js';
import { assertOpen, loadTag } from '../tags.js';

/** Undoes a delete: the tag and the tags deleted with it come back with all their applications. */
export async function restoreTag(ctx: AppContext, actor: Actor, tagId: string) {
  return ctx.db.transaction(async (tx) => {
    const { tag, strategy } = await loadTag(tx, actor, tagId);
    assertOpen(strategy);
    if (!tag.deletedAt) return tag;
    const family = await tx
      .select()
      .from(tags)
      .where(and(or(eq(tags.id, tag.id), eq(tags.parentId, tag.id)), eq(tags.deletedAt, tag.deletedAt)));
    const names = family.map((t) => t.name.toLowerCase());
    const [clash] = await tx
      .select({ name: tags.name })
      .from(tags)
      .where(and(eq(tags.strategyId, strategy.id), isNull(tags.deletedAt), inArray(sql`lower(${tags.name})`, names)));
    if (clash) throw conflict(`A tag called "${clash.name}" has been added since this one was deleted. Rename or delete that tag, then restore this one.`);
    if (tag.parentId) {
      const [parent] = await tx.select({ deletedAt: tags.deletedAt }).from(tags).where(eq(tags.id, tag.parentId));
      // Its parent was deleted separately: bring the tag back at the top level rather than under a deleted tag.
      if (parent?.deletedAt) await tx.update(tags).set({ parentId: null }).where(eq(tags.id, tag.id));
    }
    await tx.update(tags).set({ deletedAt: null, updatedAt: new Date() }).where(inArray(tags.id, family.map((t) => t.id)));
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'tag.restored',
      subjectType: 'tag',
      subjectId: tag.id,
      after: { name: tag.name, tagsRestored: family.length },
    });
    return tag;
  });
}
