import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadRun, loadStrategy, runMembers } from '../queries.js';
import { createRun } from './create-run.js';

/** "More themes" / "fewer themes": a new run over exactly the same set, asking for a different number. */
export async function rerunThemes(ctx: AppContext, actor: Actor, runId: string, themes: number) {
  const run = await loadRun(ctx.db, actor, runId);
  const strategy = await loadStrategy(ctx.db, actor, run.strategyId);
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
  const members = await runMembers(ctx.db, run.id);
  return createRun(ctx, actor, {
    organisationId: run.organisationId,
    strategyId: run.strategyId,
    scopeLabel: run.scopeLabel,
    scope: run.scope,
    ids: members.map((m) => m.evidenceItemId),
    themes,
    seed: run.seed,
    splitOfSuggestionId: run.splitOfSuggestionId,
  }, { action: 'theme_run.rerun', subjectId: run.id });
}
