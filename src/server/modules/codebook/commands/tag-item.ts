import { and, eq } from 'drizzle-orm';
import { badRequest, notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { evidenceItems } from '../../evidence/index.js';
import { loadTag } from '../tags.js';
import { applyTags, removeTags } from './apply-tags.js';

/** Tags or untags one item of the actor's organisation with a tag of the same strategy. */
export async function tagItem(ctx: AppContext, actor: Actor, evidenceId: string, tagId: string, on: boolean) {
  return ctx.db.transaction(async (tx) => {
    const [item] = await tx
      .select({ id: evidenceItems.id, strategyId: evidenceItems.strategyId })
      .from(evidenceItems)
      .where(and(eq(evidenceItems.id, evidenceId), eq(evidenceItems.organisationId, actor.member.organisationId)));
    if (!item) throw notFound('The evidence item');
    const { tag } = await loadTag(tx, actor, tagId);
    if (tag.strategyId !== item.strategyId) {
      throw badRequest('That tag belongs to another strategy\'s codebook. Choose a tag from this strategy.', [{ field: 'tagId', message: 'Choose a tag from this codebook' }]);
    }
    return on ? applyTags(tx, actor, tagId, [item.id]) : removeTags(tx, actor, tagId, [item.id]);
  });
}
