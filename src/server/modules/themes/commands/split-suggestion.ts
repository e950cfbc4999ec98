import { eq } from 'drizzle-orm';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { suggestionMemberIds } from '../queries.js';
import { themeSuggestions } from '../tables.js';
import { createRun } from './create-run.js';
import { loadOpenSuggestion } from './open-suggestion.js';

/** Splits a theme: a new run over its members alone, asking for a few themes within it. */
export async function splitSuggestion(ctx: AppContext, actor: Actor, suggestionId: string) {
  const { suggestion, run } = await loadOpenSuggestion(ctx.db, actor, suggestionId);
  const ids = await suggestionMemberIds(ctx.db, run.id, suggestion.id);
  if (ids.length < 4) throw badRequest('This theme has too few items to split. Merge or dismiss it instead.');
  const started = await createRun(ctx, actor, {
    organisationId: run.organisationId,
    strategyId: run.strategyId,
    scopeLabel: `Within “${suggestion.label}”`,
    scope: { ...run.scope, splitOf: suggestion.id },
    ids,
    themes: Math.min(4, Math.max(2, Math.round(ids.length / 5))),
    seed: run.seed,
    splitOfSuggestionId: suggestion.id,
  }, { action: 'theme_suggestion.split', subjectId: suggestion.id });
  await ctx.db.update(themeSuggestions).set({ status: 'split', decidedByUserId: actor.user.id, decidedAt: new Date() }).where(eq(themeSuggestions.id, suggestion.id));
  return started;
}
