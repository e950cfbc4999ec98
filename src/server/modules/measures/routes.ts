import { z } from 'zod';
import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZMeasureDetail, ZMeasureInput, ZMeasureList, ZMeasureParams, ZMeasureValueInput, ZMeasureValueParams } from '../../../shared/contracts/measures.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { createMeasure } from './commands/create-measure.js';
import { deleteMeasure } from './commands/delete-measure.js';
import { deleteValue, recordValue } from './commands/record-value.js';
import { updateMeasure } from './commands/update-measure.js';
import { listMeasures, measureDetail } from './queries.js';

const tags = ['measures'];
const onStrategy = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'measure' } });
const onMeasure = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'measureId', action, subject: 'measure' } });
const ZCreated = z.object({ id: z.uuid() });

export function measureRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/measures', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZMeasureList } },
    config: onStrategy('read'),
  }, async (req) => listMeasures(ctx.db, actorOf(req), req.params.strategyId));

  app.post('/api/v1/strategies/:strategyId/measures', {
    schema: { tags, params: ZStrategyParams, body: ZMeasureInput, response: { 201: ZCreated } },
    config: onStrategy('create'),
  }, async (req, reply) => reply.code(201).send({ id: await createMeasure(ctx, actorOf(req), req.params.strategyId, req.body) }));

  app.get('/api/v1/measures/:measureId', {
    schema: { tags, params: ZMeasureParams, response: { 200: ZMeasureDetail } },
    config: onMeasure('read'),
  }, async (req) => measureDetail(ctx.db, actorOf(req), req.params.measureId));

  // The whole form each time: a target's direction and the dates are checked against each other.
  app.put('/api/v1/measures/:measureId', {
    schema: { tags, params: ZMeasureParams, body: ZMeasureInput, response: { 200: ZMeasureDetail } },
    config: onMeasure('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await updateMeasure(ctx, actor, req.params.measureId, req.body);
    return measureDetail(ctx.db, actor, req.params.measureId);
  });

  app.delete('/api/v1/measures/:measureId', {
    schema: { tags, params: ZMeasureParams, response: { 200: ZOk } },
    config: onMeasure('delete'),
  }, async (req) => {
    await deleteMeasure(ctx, actorOf(req), req.params.measureId);
    return { ok: true as const };
  });

  app.post('/api/v1/measures/:measureId/values', {
    schema: { tags, params: ZMeasureParams, body: ZMeasureValueInput, response: { 201: ZCreated } },
    config: onMeasure('update'),
  }, async (req, reply) => reply.code(201).send({ id: await recordValue(ctx, actorOf(req), req.params.measureId, req.body) }));

  app.delete('/api/v1/measures/:measureId/values/:valueId', {
    schema: { tags, params: ZMeasureValueParams, response: { 200: ZOk } },
    config: onMeasure('update'),
  }, async (req) => {
    await deleteValue(ctx, actorOf(req), req.params.measureId, req.params.valueId);
    return { ok: true as const };
  });
}
