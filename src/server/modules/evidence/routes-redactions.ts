import { z } from 'zod';
import { ZId, ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZMarkRedaction, ZRedactionQueue, ZRedactionStatusFilter } from '../../../shared/contracts/redactions.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { Action } from '../../platform/policy.js';
import type { App, AppContext } from '../../platform/module.js';
import { enqueueAnalysis } from './analysis/job.js';
import { decideRedaction } from './commands/decide-redaction.js';
import { markRedaction } from './commands/mark-redaction.js';
import './redactions-policy.js';
import { redactionQueue } from './redactions.js';

const ZRedactionParams = ZStrategyParams.extend({ redactionId: ZId });
const ZEvidenceParams = ZStrategyParams.extend({ evidenceId: ZId });
const ZDecided = z.object({ id: ZId, status: z.enum(['suggested', 'confirmed', 'reversed', 'manual']) });
const tags = ['evidence'];
const base = '/api/v1/strategies/:strategyId';

const access = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'evidence_redaction' } });

export function redactionRoutes(app: App, ctx: AppContext): void {
  app.get(`${base}/redactions`, {
    schema: { tags, params: ZStrategyParams, querystring: ZRedactionStatusFilter, response: { 200: ZRedactionQueue } },
    config: access('read'),
  }, async (req) => {
    const queue = await redactionQueue(ctx.db, actorOf(req), req.params.strategyId, req.query.status);
    // Reading the queue while items wait is the cheapest moment to make sure they are being looked at.
    if (queue.unanalysed > 0) await enqueueAnalysis(ctx, actorOf(req).member.organisationId);
    return queue;
  });

  for (const [verb, decision] of [['confirm', 'confirmed'], ['reverse', 'reversed']] as const) {
    app.post(`${base}/redactions/:redactionId/${verb}`, {
      schema: { tags, params: ZRedactionParams, response: { 200: ZDecided } },
      config: access('update'),
    }, async (req) => {
      const row = await decideRedaction(ctx, actorOf(req), req.params, decision);
      return { id: row.id, status: row.status };
    });
  }

  app.post(`${base}/evidence/:evidenceId/redactions`, {
    schema: { tags, params: ZEvidenceParams, body: ZMarkRedaction, response: { 201: ZDecided } },
    config: access('create'),
  }, async (req, reply) => {
    const row = await markRedaction(ctx, actorOf(req), req.params, req.body);
    return reply.code(201).send({ id: row.id, status: row.status });
  });
}
