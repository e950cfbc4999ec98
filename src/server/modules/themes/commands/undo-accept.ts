import { and, eq, isNull } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { softDeleteTag } from '../../codebook/index.js';
import { tags } from '../../evidence/index.js';
import { themeSuggestions } from '../tables.js';
import { loadOpenSuggestion } from './open-suggestion.js';

/**
 * Undoes "accept as a tag": the tag the accept created is deleted from the codebook (softly, as
 * the codebook deletes, so it could still be restored there) and the suggestion is open again, in
 * one transaction. A tag that has since been deleted or merged away is left as it is; a tag that
 * has since gained tags under it is refused, because deleting it would take them too.
 */
export async function undoAccept(ctx: AppContext, actor: Actor, suggestionId: string) {
  return ctx.db.transaction(async (tx) => {
    const { suggestion, run } = await loadOpenSuggestion(tx, actor, suggestionId, ['accepted']);
    let tagDeleted = false;
    if (suggestion.tagId) {
      const [tag] = await tx.select().from(tags).where(eq(tags.id, suggestion.tagId));
      if (tag && !tag.deletedAt) {
        const [child] = await tx.select({ name: tags.name }).from(tags).where(and(eq(tags.parentId, tag.id), isNull(tags.deletedAt))).limit(1);
        if (child) {
          throw conflict(`The tag "${tag.name}" now has "${child.name}" under it in the codebook, so undoing the accept would delete that too. Move the tags under it first, or delete the tag in the codebook.`);
        }
        await softDeleteTag(tx, actor, tag.id);
        tagDeleted = true;
      }
    }
    await tx
      .update(themeSuggestions)
      .set({ status: 'open', tagId: null, decidedByUserId: null, decidedAt: null })
      .where(eq(themeSuggestions.id, suggestion.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: run.organisationId,
      action: 'theme_suggestion.accept_undone',
      subjectType: 'theme_suggestion',
      subjectId: suggestion.id,
      before: { tagId: suggestion.tagId, label: suggestion.label },
      after: { tagDeleted },
    });
    return { tagDeleted };
  });
}
