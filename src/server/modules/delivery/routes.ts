import { z } from 'zod';
import { todayInLondon } from '../../../shared/calendar-date.js';
import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  quarterKeyOf, quarterOf, ZAddMilestone, ZBoardReportQuery, ZDeliveryDashboard, ZInitiativeDelivery, ZMilestone, ZMilestoneParams, ZRecordUpdate, ZUpdateMilestone,
} from '../../../shared/contracts/delivery.js';
import { ZInitiativeParams } from '../../../shared/contracts/roadmap.js';
import { badRequest } from '../../platform/errors.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { composeBoardReport } from './board-report.js';
import { addMilestone } from './commands/add-milestone.js';
import { deleteMilestone } from './commands/delete-milestone.js';
import { recordUpdate } from './commands/record-update.js';
import { updateMilestone } from './commands/update-milestone.js';
import { deliveryDashboard } from './dashboard.js';
import { initiativeDelivery } from './queries.js';
import { reportRenderers } from './report-renderers.js';

const tags = ['delivery'];
const on = (via: 'strategyId' | 'initiativeId' | 'milestoneId', action: Action): { access: Access } => ({ access: { kind: 'member', via, action, subject: 'delivery' } });
const REPORT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** The quarter asked for (this one by default); one that has not started has nothing to report. */
function reportQuarter(key: string | undefined) {
  const today = todayInLondon();
  const quarter = quarterOf(key ?? quarterKeyOf(today))!;
  if (quarter.from > today) {
    throw badRequest(`${quarter.label} has not started yet: choose this quarter or an earlier one`, [{ field: 'quarter', message: `${quarter.label} has not started yet: choose this quarter or an earlier one` }]);
  }
  return quarter;
}

export function deliveryRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/delivery', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZDeliveryDashboard } },
    config: on('strategyId', 'read'),
  }, async (req) => deliveryDashboard(ctx.db, actorOf(req), req.params.strategyId));

  for (const kind of ['docx', 'pdf'] as const) {
    app.get(`/api/v1/strategies/:strategyId/delivery/board-report.${kind}`, {
      schema: { tags, params: ZStrategyParams, querystring: ZBoardReportQuery },
      config: on('strategyId', 'read'),
    }, async (req, reply) => {
      const quarter = reportQuarter(req.query.quarter);
      const report = await composeBoardReport(ctx.db, actorOf(req), req.params.strategyId, quarter);
      const bytes = await reportRenderers()[kind](report);
      return reply
        .header('content-type', REPORT_TYPES[kind])
        .header('content-disposition', `attachment; filename="delivery-report-${quarter.key}.${kind}"`)
        .send(bytes);
    });
  }

  app.get('/api/v1/initiatives/:initiativeId/updates', {
    schema: { tags, params: ZInitiativeParams, response: { 200: ZInitiativeDelivery } },
    config: on('initiativeId', 'read'),
  }, async (req) => initiativeDelivery(ctx.db, actorOf(req), req.params.initiativeId));

  app.post('/api/v1/initiatives/:initiativeId/updates', {
    schema: { tags, params: ZInitiativeParams, body: ZRecordUpdate, response: { 201: z.object({ id: z.uuid() }) } },
    config: on('initiativeId', 'create'),
  }, async (req, reply) => reply.code(201).send(await recordUpdate(ctx, actorOf(req), req.params.initiativeId, req.body)));

  app.post('/api/v1/initiatives/:initiativeId/milestones', {
    schema: { tags, params: ZInitiativeParams, body: ZAddMilestone, response: { 201: ZMilestone } },
    config: on('initiativeId', 'create'),
  }, async (req, reply) => reply.code(201).send(await addMilestone(ctx, actorOf(req), req.params.initiativeId, req.body)));

  app.patch('/api/v1/milestones/:milestoneId', {
    schema: { tags, params: ZMilestoneParams, body: ZUpdateMilestone, response: { 200: ZMilestone } },
    config: on('milestoneId', 'update'),
  }, async (req) => updateMilestone(ctx, actorOf(req), req.params.milestoneId, req.body));

  app.delete('/api/v1/milestones/:milestoneId', {
    schema: { tags, params: ZMilestoneParams, response: { 200: ZOk } },
    config: on('milestoneId', 'delete'),
  }, async (req) => {
    await deleteMilestone(ctx, actorOf(req), req.params.milestoneId);
    return { ok: true as const };
  });
}
