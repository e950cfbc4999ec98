import { z } from 'zod';
import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZCreatePriority,
  ZMovePriority,
  ZPriorityDetail,
  ZPriorityList,
  ZPriorityOptions,
  ZPriorityParams,
  ZPriorityVoices,
  ZPriorityWarnings,
  ZScores,
  ZUpdatePriority,
} from '../../../shared/contracts/priorities.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { deletePriority } from './commands/delete-priority.js';
import { movePriority } from './commands/move-priority.js';
import { createPriority, updatePriority } from './commands/save-priority.js';
import { saveScores } from './commands/save-scores.js';
import { listPriorities, priorityDetail, priorityOptions } from './queries.js';
import { priorityVoices } from './voices.js';
import { priorityWarnings } from './warnings.js';

const tags = ['priorities'];
export const onStrategy = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'priority' } });
const onPriority = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'priorityId', action, subject: 'priority' } });
const ZCreated = z.object({ id: z.uuid() });

export function priorityRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/priorities', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZPriorityList } },
    config: onStrategy('read'),
  }, async (req) => listPriorities(ctx.db, actorOf(req), req.params.strategyId));

  app.post('/api/v1/strategies/:strategyId/priorities', {
    schema: { tags, params: ZStrategyParams, body: ZCreatePriority, response: { 201: ZCreated } },
    config: onStrategy('create'),
  }, async (req, reply) => {
    const priority = await createPriority(ctx, actorOf(req), req.params.strategyId, req.body);
    return reply.code(201).send({ id: priority.id });
  });

  app.get('/api/v1/strategies/:strategyId/priorities/options', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZPriorityOptions } },
    config: onStrategy('read'),
  }, async (req) => priorityOptions(ctx.db, actorOf(req), req.params.strategyId));

  app.get('/api/v1/strategies/:strategyId/priorities/warnings', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZPriorityWarnings } },
    config: onStrategy('read'),
  }, async (req) => priorityWarnings(ctx.db, actorOf(req), req.params.strategyId));

  app.get('/api/v1/priorities/:priorityId', {
    schema: { tags, params: ZPriorityParams, response: { 200: ZPriorityDetail } },
    config: onPriority('read'),
  }, async (req) => priorityDetail(ctx.db, actorOf(req), req.params.priorityId));

  app.patch('/api/v1/priorities/:priorityId', {
    schema: { tags, params: ZPriorityParams, body: ZUpdatePriority, response: { 200: ZPriorityDetail } },
    config: onPriority('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await updatePriority(ctx, actor, req.params.priorityId, req.body);
    return priorityDetail(ctx.db, actor, req.params.priorityId);
  });

  app.delete('/api/v1/priorities/:priorityId', {
    schema: { tags, params: ZPriorityParams, response: { 200: ZOk } },
    config: onPriority('delete'),
  }, async (req) => {
    await deletePriority(ctx, actorOf(req), req.params.priorityId);
    return { ok: true as const };
  });

  app.post('/api/v1/priorities/:priorityId/move', {
    schema: { tags, params: ZPriorityParams, body: ZMovePriority, response: { 200: ZOk } },
    config: onPriority('update'),
  }, async (req) => {
    await movePriority(ctx, actorOf(req), req.params.priorityId, req.body);
    return { ok: true as const };
  });

  app.put('/api/v1/priorities/:priorityId/scores', {
    schema: { tags, params: ZPriorityParams, body: ZScores, response: { 200: ZOk } },
    config: onPriority('update'),
  }, async (req) => {
    await saveScores(ctx, actorOf(req), req.params.priorityId, req.body);
    return { ok: true as const };
  });

  app.get('/api/v1/priorities/:priorityId/voices', {
    schema: { tags, params: ZPriorityParams, response: { 200: ZPriorityVoices } },
    config: onPriority('read'),
  }, async (req) => priorityVoices(ctx.db, actorOf(req), req.params.priorityId));
}
