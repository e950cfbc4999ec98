import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { applyTags, createTag } from '../../codebook/index.js';
import { loadStrategy, suggestionMemberIds } from '../queries.js';
import { themeSuggestions } from '../tables.js';
import { loadOpenSuggestion } from './open-suggestion.js';

/**
 * Accepts a suggested theme as a tag in the codebook, named by its (possibly edited) label, and
 * applies it to every member, in one transaction: a tag name already taken refuses the whole
 * accept, so there is never a tag without its evidence or a suggestion marked accepted without a tag.
 */
export async function acceptSuggestion(ctx: AppContext, actor: Actor, suggestionId: string, label?: string) {
  return ctx.db.transaction(async (tx) => {
    const { suggestion, run } = await loadOpenSuggestion(tx, actor, suggestionId);
    const strategy = await loadStrategy(tx, actor, run.strategyId);
    const name = label ?? suggestion.label;
    const tag = await createTag(tx, actor, strategy, { name, description: `Suggested from ${run.scopeLabel.charAt(0).toLowerCase()}${run.scopeLabel.slice(1)}` });
    const members = await suggestionMemberIds(tx, run.id, suggestion.id);
    await applyTags(tx, actor, tag.id, members);
    await tx
      .update(themeSuggestions)
      .set({ status: 'accepted', label: name, tagId: tag.id, decidedByUserId: actor.user.id, decidedAt: new Date() })
      .where(eq(themeSuggestions.id, suggestion.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: run.organisationId,
      action: 'theme_suggestion.accepted',
      subjectType: 'theme_suggestion',
      subjectId: suggestion.id,
      after: { tagId: tag.id, name, items: members.length },
    });
    return { tagId: tag.id, applied: members.length };
  });
}
