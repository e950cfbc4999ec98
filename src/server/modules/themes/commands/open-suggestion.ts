import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { Db } from '../../../platform/db/client.js';
import { loadStrategy } from '../queries.js';
import { loadSuggestion } from '../queries.js';

/** Loads a suggestion the team may still change: its run finished and its strategy is open. */
export async function loadOpenSuggestion(tx: Db, actor: Actor, suggestionId: string, allowed: string[] = ['open']) {
  const row = await loadSuggestion(tx, actor, suggestionId);
  const strategy = await loadStrategy(tx, actor, row.run.strategyId);
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
  if (!allowed.includes(row.suggestion.status)) {
    throw conflict(`This theme has already been ${row.suggestion.status}, so it cannot be changed that way. Reload the page to see what happened to it.`);
  }
  return row;
}
