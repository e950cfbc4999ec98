import { ROLE_LABELS, ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZAddDevelopComment, ZCommentQuery, ZDevelopComment, ZDevelopComments } from '../../../shared/contracts/comments.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { addDevelopComment } from './commands/add-develop-comment.js';
import { listDevelopComments } from './queries.js';

const tags = ['comments'];
const onStrategy = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'develop_comment' } });
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

export function commentRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/comments', {
    schema: { tags, params: ZStrategyParams, querystring: ZCommentQuery, response: { 200: ZDevelopComments } },
    config: onStrategy('read'),
  }, async (req) => listDevelopComments(ctx.db, actorOf(req), req.params.strategyId, req.query.subjectType, req.query.subjectId));

  app.post('/api/v1/strategies/:strategyId/comments', {
    schema: { tags, params: ZStrategyParams, body: ZAddDevelopComment, response: { 201: ZDevelopComment } },
    config: onStrategy('create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const c = await addDevelopComment(ctx, actor, req.params.strategyId, req.body);
    return reply.code(201).send({ id: c.id, author: actor.user.name, authorRole: ROLE_LABELS[actor.member.role], body: c.body, createdAt: c.createdAt.toISOString(), createdOn: dayFormat.format(c.createdAt) });
  });
}
