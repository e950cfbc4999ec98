import { z } from 'zod';
import { ZOrgParams, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZCreateStrategy,
  ZSetPhase,
  ZStrategy,
  ZStrategyListQuery,
  ZStrategyOverview,
  ZUpdateStrategy,
} from '../../../shared/contracts/strategies.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { setStrategyArchived } from './commands/archive-strategy.js';
import { createStrategy } from './commands/create-strategy.js';
import { updateStrategy } from './commands/update-strategy.js';
import { presentStrategy } from './presenter.js';
import { listStrategies, strategyOverview } from './queries.js';

const tags = ['strategies'];

export function strategyRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/orgs/:orgId/strategies', {
    schema: { tags, params: ZOrgParams, querystring: ZStrategyListQuery, response: { 200: z.object({ strategies: z.array(ZStrategy) }) } },
    config: { access: { kind: 'member', via: 'orgId', action: 'read', subject: 'strategy' } },
  }, async (req) => ({ strategies: await listStrategies(ctx.db, actorOf(req), req.query.archived === 'true') }));

  app.post('/api/v1/orgs/:orgId/strategies', {
    schema: { tags, params: ZOrgParams, body: ZCreateStrategy, response: { 201: ZStrategy } },
    config: { access: { kind: 'member', via: 'orgId', action: 'create', subject: 'strategy' } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await createStrategy(ctx, actor, req.body);
    return reply.code(201).send(presentStrategy(row, actor.member.role));
  });

  app.get('/api/v1/strategies/:strategyId', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZStrategyOverview } },
    config: { access: { kind: 'member', via: 'strategyId', action: 'read', subject: 'strategy' } },
  }, async (req) => strategyOverview(ctx.db, actorOf(req), req.params.strategyId));

  app.patch('/api/v1/strategies/:strategyId', {
    schema: { tags, params: ZStrategyParams, body: ZUpdateStrategy, response: { 200: ZStrategy } },
    config: { access: { kind: 'member', via: 'strategyId', action: 'update', subject: 'strategy' } },
  }, async (req) => {
    const actor = actorOf(req);
    return presentStrategy(await updateStrategy(ctx, actor, req.params.strategyId, req.body), actor.member.role);
  });

  app.put('/api/v1/strategies/:strategyId/phase', {
    schema: { tags, params: ZStrategyParams, body: ZSetPhase, response: { 200: ZStrategy } },
    config: { access: { kind: 'member', via: 'strategyId', action: 'update', subject: 'strategy' } },
  }, async (req) => {
    const actor = actorOf(req);
    return presentStrategy(await updateStrategy(ctx, actor, req.params.strategyId, { phase: req.body.phase }), actor.member.role);
  });

  for (const [path, archived] of [['archive', true], ['restore', false]] as const) {
    app.post(`/api/v1/strategies/:strategyId/${path}`, {
      schema: { tags, params: ZStrategyParams, response: { 200: ZStrategy } },
      config: { access: { kind: 'member', via: 'strategyId', action: 'delete', subject: 'strategy' } },
    }, async (req) => {
      const actor = actorOf(req);
      return presentStrategy(await setStrategyArchived(ctx, actor, req.params.strategyId, archived), actor.member.role);
    });
  }
}
