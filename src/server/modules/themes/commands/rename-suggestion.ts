import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { themeSuggestions } from '../tables.js';
import { loadOpenSuggestion } from './open-suggestion.js';

/** Gives a suggested theme the team's own name (the name it takes as a tag when accepted). */
export async function renameSuggestion(ctx: AppContext, actor: Actor, suggestionId: string, label: string) {
  return ctx.db.transaction(async (tx) => {
    const { suggestion, run } = await loadOpenSuggestion(tx, actor, suggestionId);
    await tx.update(themeSuggestions).set({ label }).where(eq(themeSuggestions.id, suggestion.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: run.organisationId,
      action: 'theme_suggestion.renamed',
      subjectType: 'theme_suggestion',
      subjectId: suggestion.id,
      before: { label: suggestion.label },
      after: { label },
    });
  });
}
