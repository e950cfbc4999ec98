import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZAcceptSuggestion, ZAccepted, ZMergeSuggestion, ZRenameSuggestion, ZRerunThemes, ZRunParams, ZStartThemeRun, ZSuggestionParams, ZThemeRun, ZThemeRunList, ZThemeRunStarted,
} from '../../../shared/contracts/themes.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { can, type Action } from '../../platform/policy.js';
import { acceptSuggestion } from './commands/accept-suggestion.js';
import { mergeSuggestions } from './commands/merge-suggestions.js';
import { renameSuggestion } from './commands/rename-suggestion.js';
import { rerunThemes } from './commands/rerun-themes.js';
import { setSuggestionDismissed } from './commands/dismiss-suggestion.js';
import { splitSuggestion } from './commands/split-suggestion.js';
import { startThemeRun } from './commands/start-theme-run.js';
import { undoAccept } from './commands/undo-accept.js';
import { presentRun } from './present.js';
import { listRuns, loadRun, loadStrategy } from './queries.js';

const tags = ['themes'];
const access = (via: string, action: Action): { access: Access } => ({ access: { kind: 'member', via, action, subject: 'theme' } });
const started = (run: { id: string; jobId: string | null; itemCount: number }) => ({ id: run.id, jobId: run.jobId, itemCount: run.itemCount });

export function themeRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/strategies/:strategyId/theme-runs', {
    schema: { tags, params: ZStrategyParams, body: ZStartThemeRun, response: { 201: ZThemeRunStarted } },
    config: access('strategyId', 'create'),
  }, async (req, reply) => reply.code(201).send(started(await startThemeRun(ctx, actorOf(req), req.params.strategyId, req.body))));

  app.get('/api/v1/strategies/:strategyId/theme-runs', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZThemeRunList } },
    config: access('strategyId', 'read'),
  }, async (req) => {
    const strategy = await loadStrategy(ctx.db, actorOf(req), req.params.strategyId);
    return { runs: await listRuns(ctx.db, strategy.id) };
  });

  app.get('/api/v1/theme-runs/:runId', {
    schema: { tags, params: ZRunParams, response: { 200: ZThemeRun } },
    config: access('runId', 'read'),
  }, async (req) => {
    const actor = actorOf(req);
    const run = await loadRun(ctx.db, actor, req.params.runId);
    const strategy = await loadStrategy(ctx.db, actor, run.strategyId);
    return presentRun(ctx.db, run, !strategy.archivedAt && can(actor.member.role, 'update', 'theme'));
  });

  app.post('/api/v1/theme-runs/:runId/rerun', {
    schema: { tags, params: ZRunParams, body: ZRerunThemes, response: { 201: ZThemeRunStarted } },
    config: access('runId', 'create'),
  }, async (req, reply) => reply.code(201).send(started(await rerunThemes(ctx, actorOf(req), req.params.runId, req.body.themes))));

  app.patch('/api/v1/theme-suggestions/:suggestionId', {
    schema: { tags, params: ZSuggestionParams, body: ZRenameSuggestion, response: { 200: ZOk } },
    config: access('suggestionId', 'update'),
  }, async (req) => {
    await renameSuggestion(ctx, actorOf(req), req.params.suggestionId, req.body.label);
    return { ok: true as const };
  });

  for (const [path, dismissed] of [['dismiss', true], ['restore', false]] as const) {
    app.post(`/api/v1/theme-suggestions/:suggestionId/${path}`, {
      schema: { tags, params: ZSuggestionParams, response: { 200: ZOk } },
      config: access('suggestionId', 'update'),
    }, async (req) => {
      await setSuggestionDismissed(ctx, actorOf(req), req.params.suggestionId, dismissed);
      return { ok: true as const };
    });
  }

  app.post('/api/v1/theme-suggestions/:suggestionId/accept', {
    schema: { tags, params: ZSuggestionParams, body: ZAcceptSuggestion, response: { 200: ZAccepted } },
    config: access('suggestionId', 'update'),
  }, async (req) => acceptSuggestion(ctx, actorOf(req), req.params.suggestionId, req.body.label));

  app.post('/api/v1/theme-suggestions/:suggestionId/unaccept', {
    schema: { tags, params: ZSuggestionParams, response: { 200: ZOk } },
    config: access('suggestionId', 'update'),
  }, async (req) => {
    await undoAccept(ctx, actorOf(req), req.params.suggestionId);
    return { ok: true as const };
  });

  app.post('/api/v1/theme-suggestions/:suggestionId/merge', {
    schema: { tags, params: ZSuggestionParams, body: ZMergeSuggestion, response: { 200: ZOk } },
    config: access('suggestionId', 'update'),
  }, async (req) => {
    await mergeSuggestions(ctx, actorOf(req), req.params.suggestionId, req.body.intoId);
    return { ok: true as const };
  });

  app.post('/api/v1/theme-suggestions/:suggestionId/split', {
    schema: { tags, params: ZSuggestionParams, response: { 201: ZThemeRunStarted } },
    config: access('suggestionId', 'create'),
  }, async (req, reply) => reply.code(201).send(started(await splitSuggestion(ctx, actorOf(req), req.params.suggestionId))));
}
