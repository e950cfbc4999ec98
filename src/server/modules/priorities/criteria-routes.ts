import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZCreateCriterion, ZCriteria, ZCriterion, ZCriterionParams, ZUpdateCriterion, ZWeights } from '../../../shared/contracts/priorities.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { createCriterion, deleteCriterion, saveWeights, updateCriterion, useUsualCriteria } from './commands/criteria.js';
import { criteriaOf } from './ordering.js';
import { loadStrategy } from '../strategies/index.js';
import { onStrategy } from './routes.js';

const tags = ['priorities'];
const present = (c: { id: string; name: string; kind: 'value' | 'effort'; weight: number; position: number }) => ({ id: c.id, name: c.name, kind: c.kind, weight: c.weight, position: c.position });

/** The prioritisation criteria of a strategy, and their weights. */
export function criterionRoutes(app: App, ctx: AppContext): void {
  const listOf = async (strategyId: string) => ({ criteria: (await criteriaOf(ctx.db, strategyId)).map(present) });

  app.get('/api/v1/strategies/:strategyId/priorities/criteria', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZCriteria } },
    config: onStrategy('read'),
  }, async (req) => listOf((await loadStrategy(ctx.db, actorOf(req), req.params.strategyId)).id));

  app.post('/api/v1/strategies/:strategyId/priorities/criteria', {
    schema: { tags, params: ZStrategyParams, body: ZCreateCriterion, response: { 201: ZCriterion } },
    config: onStrategy('update'),
  }, async (req, reply) => reply.code(201).send(present(await createCriterion(ctx, actorOf(req), req.params.strategyId, req.body))));

  app.post('/api/v1/strategies/:strategyId/priorities/criteria/usual', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZCriteria } },
    config: onStrategy('update'),
  }, async (req) => {
    await useUsualCriteria(ctx, actorOf(req), req.params.strategyId);
    return listOf(req.params.strategyId);
  });

  app.put('/api/v1/strategies/:strategyId/priorities/weights', {
    schema: { tags, params: ZStrategyParams, body: ZWeights, response: { 200: ZCriteria } },
    config: onStrategy('update'),
  }, async (req) => {
    await saveWeights(ctx, actorOf(req), req.params.strategyId, req.body);
    return listOf(req.params.strategyId);
  });

  app.patch('/api/v1/strategies/:strategyId/priorities/criteria/:criterionId', {
    schema: { tags, params: ZCriterionParams, body: ZUpdateCriterion, response: { 200: ZCriterion } },
    config: onStrategy('update'),
  }, async (req) => present(await updateCriterion(ctx, actorOf(req), req.params.strategyId, req.params.criterionId, req.body)));

  app.delete('/api/v1/strategies/:strategyId/priorities/criteria/:criterionId', {
    schema: { tags, params: ZCriterionParams, response: { 200: ZOk } },
    config: onStrategy('update'),
  }, async (req) => {
    await deleteCriterion(ctx, actorOf(req), req.params.strategyId, req.params.criterionId);
    return { ok: true as const };
  });
}
