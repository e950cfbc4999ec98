import { and, eq } from 'drizzle-orm';
import { EVIDENCE_SOURCE_LABELS, type EvidenceFilter } from '../../../../shared/contracts/evidence.js';
import type { StartThemeRun } from '../../../../shared/contracts/themes.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { findEvidenceIds } from '../../evidence/index.js';
import { surveyQuestions, surveys } from '../../surveys/index.js';
import { loadStrategy } from '../queries.js';
import { createRun } from './create-run.js';

export const DEFAULT_SEED = 1;

/** What the set is, in words, for the list of runs. */
async function labelOf(ctx: AppContext, strategyId: string, input: StartThemeRun, filter: EvidenceFilter): Promise<string> {
  if (input.questionId) {
    const [q] = await ctx.db
      .select({ title: surveyQuestions.title, survey: surveys.title })
      .from(surveyQuestions)
      .innerJoin(surveys, eq(surveys.id, surveyQuestions.surveyId))
      .where(and(eq(surveyQuestions.id, input.questionId), eq(surveys.strategyId, strategyId)));
    if (!q) throw badRequest('That question is not in one of this strategy\'s surveys. Choose a question again.', [{ field: 'questionId', message: 'Choose a question from this strategy\'s surveys' }]);
    return `Answers to “${q.title}” (${q.survey})`;
  }
  if (input.source) return `${EVIDENCE_SOURCE_LABELS[input.source]}s`;
  return Object.values(filter).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0)) ? 'Evidence library, filtered' : 'The whole evidence library';
}

/** Fixes a set of evidence and queues theme suggestion over it. */
export async function startThemeRun(ctx: AppContext, actor: Actor, strategyId: string, input: StartThemeRun, options: { queue?: boolean } = {}) {
  const strategy = await loadStrategy(ctx.db, actor, strategyId);
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
  const filter: EvidenceFilter = { ...(input.filter ?? {}) };
  if (input.questionId) filter.questionId = input.questionId;
  if (input.source) filter.source = [input.source];
  const scopeLabel = await labelOf(ctx, strategy.id, input, filter);
  const scope = { organisationId: strategy.organisationId, strategyId: strategy.id };
  const found = await findEvidenceIds(ctx.db, scope, filter);
  if ('refused' in found) throw badRequest(found.refused);
  if (found.ids.length === 0) throw badRequest('There is no evidence in this set to group. Choose a different filter, or wait for answers to come in.');
  return createRun(ctx, actor, {
    ...scope,
    scopeLabel,
    scope: { filter },
    ids: found.ids,
    themes: input.themes ?? null,
    seed: input.seed ?? DEFAULT_SEED,
  }, { action: 'theme_run.started' }, options);
}
