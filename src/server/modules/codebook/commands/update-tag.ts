import { eq } from 'drizzle-orm';
import type { UpdateTag } from '../../../../shared/contracts/codebook.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { tags } from '../../evidence/index.js';
import { assertLive, assertNameFree, assertOpen, assertParent, assertReadable, loadTag } from '../tags.js';

/** Renames, recolours, describes or moves a tag (within the two levels). */
export async function updateTag(ctx: AppContext, actor: Actor, tagId: string, input: UpdateTag) {
  return ctx.db.transaction(async (tx) => {
    const { tag, strategy } = await loadTag(tx, actor, tagId);
    assertOpen(strategy);
    assertLive(tag);
    if (input.name !== undefined) await assertNameFree(tx, strategy.id, input.name, tag.id);
    if (input.parentId !== undefined) await assertParent(tx, strategy.id, input.parentId, tag.id);
    // A colour chosen before the rule was stricter is kept when the tag is only renamed.
    if (input.colour !== undefined && input.colour !== tag.colour) assertReadable(input.colour);
    const [after] = await tx
      .update(tags)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(tags.id, tag.id))
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'tag.updated',
      subjectType: 'tag',
      subjectId: tag.id,
      before: { name: tag.name, description: tag.description, colour: tag.colour, parentId: tag.parentId },
      after: { name: after!.name, description: after!.description, colour: after!.colour, parentId: after!.parentId },
    });
    return after!;
  });
}
