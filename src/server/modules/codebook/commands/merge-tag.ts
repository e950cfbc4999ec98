import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { evidenceTags, tags } from '../../evidence/index.js';
import { assertLive, assertOpen, loadTag } from '../tags.js';
import { countOf } from './apply-tags.js';

/**
 * Merges one tag into another: every application moves to the target (an item that had both
 * keeps one), the source's children move under the target, and the source is deleted (softly,
 * with nothing left on it). Audited with how many moved and collapsed.
 */
export async function mergeTag(ctx: AppContext, actor: Actor, tagId: string, intoTagId: string) {
  return ctx.db.transaction(async (tx) => {
    const { tag: source, strategy } = await loadTag(tx, actor, tagId);
    assertOpen(strategy);
    assertLive(source);
    const field = 'intoTagId';
    if (intoTagId === source.id) throw badRequest('A tag cannot be merged into itself. Choose another tag to merge into.', [{ field, message: 'Choose another tag' }]);
    const [target] = await tx.select().from(tags).where(and(eq(tags.id, intoTagId), eq(tags.strategyId, strategy.id), isNull(tags.deletedAt)));
    if (!target) throw badRequest('The tag to merge into is not in this codebook. Choose it again.', [{ field, message: 'Choose a tag from this codebook' }]);
    const children = await tx.select({ id: tags.id }).from(tags).where(and(eq(tags.parentId, source.id), isNull(tags.deletedAt), ne(tags.id, target.id)));
    if (children.length && target.parentId && target.parentId !== source.id) {
      throw badRequest(`"${source.name}" has tags under it and "${target.name}" is itself under another tag; the codebook has two levels only. Merge into a top-level tag.`, [{ field, message: 'Choose a top-level tag' }]);
    }
    const result = await tx.execute(sql`
      with moved as (
        insert into ${evidenceTags} (evidence_item_id, tag_id, applied_by_user_id, applied_at)
        select evidence_item_id, ${target.id}::uuid, applied_by_user_id, applied_at from ${evidenceTags} where tag_id = ${source.id}::uuid
        on conflict do nothing
        returning 1
      ) select count(*)::int as n from moved`);
    const moved = countOf(result);
    const dropped = await tx.delete(evidenceTags).where(eq(evidenceTags.tagId, source.id)).returning({ id: evidenceTags.evidenceItemId });
    const now = new Date();
    if (target.parentId === source.id) await tx.update(tags).set({ parentId: null, updatedAt: now }).where(eq(tags.id, target.id));
    if (children.length) await tx.update(tags).set({ parentId: target.id, updatedAt: now }).where(and(eq(tags.parentId, source.id), ne(tags.id, target.id)));
    await tx.update(tags).set({ deletedAt: now, updatedAt: now }).where(eq(tags.id, source.id));
    const counts = { moved, collapsed: dropped.length - moved };
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'tag.merged',
      subjectType: 'tag',
      subjectId: source.id,
      before: { name: source.name },
      after: { intoTagId: target.id, into: target.name, ...counts, childrenMoved: children.length },
    });
    return counts;
  });
}
