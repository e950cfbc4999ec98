import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { themeRunItems, themeSuggestions } from '../tables.js';
import { loadOpenSuggestion } from './open-suggestion.js';

/** Moves every member of one suggestion into another of the same run; the first is marked merged. */
export async function mergeSuggestions(ctx: AppContext, actor: Actor, suggestionId: string, intoId: string) {
  if (suggestionId === intoId) throw badRequest('A theme cannot be merged into itself. Choose a different theme to merge with.', [{ field: 'intoId', message: 'Choose a different theme' }]);
  return ctx.db.transaction(async (tx) => {
    const from = await loadOpenSuggestion(tx, actor, suggestionId);
    const into = await loadOpenSuggestion(tx, actor, intoId);
    if (from.run.id !== into.run.id) throw badRequest('Only themes suggested in the same run can be merged. Choose a theme from this run.', [{ field: 'intoId', message: 'Choose a theme from this run' }]);
    const moved = await tx
      .update(themeRunItems)
      .set({ suggestionId: into.suggestion.id, representative: false })
      .where(and(eq(themeRunItems.runId, from.run.id), eq(themeRunItems.suggestionId, from.suggestion.id)))
      .returning({ id: themeRunItems.evidenceItemId });
    await tx
      .update(themeSuggestions)
      .set({ status: 'merged', mergedIntoId: into.suggestion.id, decidedByUserId: actor.user.id, decidedAt: new Date() })
      .where(eq(themeSuggestions.id, from.suggestion.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: from.run.organisationId,
      action: 'theme_suggestion.merged',
      subjectType: 'theme_suggestion',
      subjectId: from.suggestion.id,
      after: { from: from.suggestion.label, into: into.suggestion.label, intoId: into.suggestion.id, moved: moved.length },
    });
    return { moved: moved.length };
  });
}
