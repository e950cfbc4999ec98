import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { themeSuggestions } from '../tables.js';
import { loadOpenSuggestion } from './open-suggestion.js';

/**
 * Sets a suggestion aside (`dismiss`) or brings it back (`restore`, the undo). Dismissing
 * changes nothing in the library, so undo is simply the reverse.
 */
export async function setSuggestionDismissed(ctx: AppContext, actor: Actor, suggestionId: string, dismissed: boolean) {
  return ctx.db.transaction(async (tx) => {
    const { suggestion, run } = await loadOpenSuggestion(tx, actor, suggestionId, [dismissed ? 'open' : 'dismissed']);
    await tx
      .update(themeSuggestions)
      .set(dismissed ? { status: 'dismissed', decidedByUserId: actor.user.id, decidedAt: new Date() } : { status: 'open', decidedByUserId: null, decidedAt: null })
      .where(eq(themeSuggestions.id, suggestion.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: run.organisationId,
      action: dismissed ? 'theme_suggestion.dismissed' : 'theme_suggestion.restored',
      subjectType: 'theme_suggestion',
      subjectId: suggestion.id,
      after: { label: suggestion.label },
    });
  });
}
