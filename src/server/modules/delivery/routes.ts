import { z } from 'zod';
import { ZDeliveryDashboard, ZInitiativeDelivery, ZRecordUpdate } from '../../../shared/contracts/delivery.js';
import { ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZInitiativeParams } from '../../../shared/contracts/roadmap.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { recordUpdate } from './commands/record-update.js';
import { deliveryDashboard } from './dashboard.js';
import { initiativeDelivery } from './queries.js';

const tags = ['delivery'];

export function deliveryRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/delivery', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZDeliveryDashboard } },
    config: { access: { kind: 'member', via: 'strategyId', action: 'read', subject: 'delivery' } },
  }, async (req) => deliveryDashboard(ctx.db, actorOf(req), req.params.strategyId));

  app.get('/api/v1/initiatives/:initiativeId/updates', {
    schema: { tags, params: ZInitiativeParams, response: { 200: ZInitiativeDelivery } },
    config: { access: { kind: 'member', via: 'initiativeId', action: 'read', subject: 'delivery' } },
  }, async (req) => initiativeDelivery(ctx.db, actorOf(req), req.params.initiativeId));

  app.post('/api/v1/initiatives/:initiativeId/updates', {
    schema: { tags, params: ZInitiativeParams, body: ZRecordUpdate, response: { 201: z.object({ id: z.uuid() }) } },
    config: { access: { kind: 'member', via: 'initiativeId', action: 'create', subject: 'delivery' } },
  }, async (req, reply) => reply.code(201).send(await recordUpdate(ctx, actorOf(req), req.params.initiativeId, req.body)));
}
