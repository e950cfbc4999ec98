import { ZId, ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZCreateExcerpt, ZExcerpt, ZExcerptList } from '../../../shared/contracts/excerpts.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { Action } from '../../platform/policy.js';
import { can } from '../../platform/policy.js';
import type { App, AppContext } from '../../platform/module.js';
import { createExcerpt } from './commands/create-excerpt.js';
import { deleteExcerpt } from './commands/delete-excerpt.js';
import { listExcerpts, loadExcerptInterview, presentExcerpt } from './excerpts.js';
import { enqueueAnalysis } from './analysis/job.js';

const ZInterviewParams = ZStrategyParams.extend({ interviewId: ZId });
const ZExcerptParams = ZInterviewParams.extend({ excerptId: ZId });
const tags = ['evidence'];
const base = '/api/v1/strategies/:strategyId/interviews/:interviewId/excerpts';

// An excerpt is part of its interview: whoever may read the interview reads its excerpts, and
// whoever may change the interview cuts and deletes them. Staff see neither.
const access = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'interview' } });

export function excerptRoutes(app: App, ctx: AppContext): void {
  app.get(base, {
    schema: { tags, params: ZInterviewParams, response: { 200: ZExcerptList } },
    config: access('read'),
  }, async (req) => {
    const actor = actorOf(req);
    const { strategy, interview } = await loadExcerptInterview(ctx.db, actor, req.params.strategyId, req.params.interviewId);
    const open = !strategy.archivedAt && can(actor.member.role, 'update', 'interview');
    return { excerpts: await listExcerpts(ctx.db, interview.id), can: { create: open && interview.consent !== 'declined', delete: open } };
  });

  app.post(base, {
    schema: { tags, params: ZInterviewParams, body: ZCreateExcerpt, response: { 201: ZExcerpt } },
    config: access('update'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const item = await createExcerpt(ctx, actor, req.params, req.body);
    await enqueueAnalysis(ctx, item.organisationId);
    return reply.code(201).send(presentExcerpt(item, actor.user.name));
  });

  app.delete(`${base}/:excerptId`, {
    schema: { tags, params: ZExcerptParams, response: { 200: ZOk } },
    config: access('update'),
  }, async (req) => {
    await deleteExcerpt(ctx, actorOf(req), req.params);
    return { ok: true as const };
  });
}
