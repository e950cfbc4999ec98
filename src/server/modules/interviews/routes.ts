import { ZId, ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZCreateInterview,
  ZCreateItem,
  ZInterview,
  ZInterviewList,
  ZInterviewOptions,
  ZItem,
  ZMergeTopics,
  ZTopicOverview,
  ZUpdateInterview,
  ZUpdateItem,
} from '../../../shared/contracts/interviews.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { Action } from '../../platform/policy.js';
import type { App, AppContext } from '../../platform/module.js';
import { addItem } from './commands/add-item.js';
import { createInterview } from './commands/create-interview.js';
import { deleteInterview } from './commands/delete-interview.js';
import { deleteItem } from './commands/delete-item.js';
import { mergeTopics } from './commands/merge-topics.js';
import { splitItem } from './commands/split-item.js';
import { updateInterview } from './commands/update-interview.js';
import { updateItem } from './commands/update-item.js';
import { presentItem } from './presenter.js';
import { interviewDetail, interviewOptions, listInterviews, topicOverview } from './queries.js';

const ZInterviewParams = ZStrategyParams.extend({ interviewId: ZId });
const ZItemParams = ZInterviewParams.extend({ itemId: ZId });
const tags = ['interviews'];
const base = '/api/v1/strategies/:strategyId/interviews';

// Nested records are always loaded through their strategy (which the gate has tied to the
// caller's organisation), so an interview id from elsewhere is "not found".
const access = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'interview' } });

export function interviewRoutes(app: App, ctx: AppContext): void {
  app.get(base, {
    schema: { tags, params: ZStrategyParams, response: { 200: ZInterviewList } },
    config: access('read'),
  }, async (req) => listInterviews(ctx.db, actorOf(req), req.params.strategyId));

  // Only those who record interviews need the list of people to choose an interviewer from.
  app.get(`${base}/options`, {
    schema: { tags, params: ZStrategyParams, response: { 200: ZInterviewOptions } },
    config: access('create'),
  }, async (req) => interviewOptions(ctx.db, actorOf(req), req.params.strategyId));

  app.post(base, {
    schema: { tags, params: ZStrategyParams, body: ZCreateInterview, response: { 201: ZInterview } },
    config: access('create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await createInterview(ctx, actor, req.params.strategyId, req.body);
    return reply.code(201).send(await interviewDetail(ctx.db, actor, req.params.strategyId, row.id));
  });

  app.get(`${base}/:interviewId`, {
    schema: { tags, params: ZInterviewParams, response: { 200: ZInterview } },
    config: access('read'),
  }, async (req) => interviewDetail(ctx.db, actorOf(req), req.params.strategyId, req.params.interviewId));

  app.patch(`${base}/:interviewId`, {
    schema: { tags, params: ZInterviewParams, body: ZUpdateInterview, response: { 200: ZInterview } },
    config: access('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await updateInterview(ctx, actor, req.params.strategyId, req.params.interviewId, req.body);
    return interviewDetail(ctx.db, actor, req.params.strategyId, req.params.interviewId);
  });

  app.delete(`${base}/:interviewId`, {
    schema: { tags, params: ZInterviewParams, response: { 200: ZOk } },
    config: access('delete'),
  }, async (req) => {
    await deleteInterview(ctx, actorOf(req), req.params.strategyId, req.params.interviewId);
    return { ok: true as const };
  });

  app.post(`${base}/:interviewId/items`, {
    schema: { tags, params: ZInterviewParams, body: ZCreateItem, response: { 201: ZItem } },
    config: access('update'),
  }, async (req, reply) => {
    const item = await addItem(ctx, actorOf(req), req.params.strategyId, req.params.interviewId, req.body);
    return reply.code(201).send(presentItem(item));
  });

  app.patch(`${base}/:interviewId/items/:itemId`, {
    schema: { tags, params: ZItemParams, body: ZUpdateItem, response: { 200: ZItem } },
    config: access('update'),
  }, async (req) => presentItem(await updateItem(ctx, actorOf(req), req.params, req.body)));

  app.delete(`${base}/:interviewId/items/:itemId`, {
    schema: { tags, params: ZItemParams, response: { 200: ZOk } },
    config: access('update'),
  }, async (req) => {
    await deleteItem(ctx, actorOf(req), req.params);
    return { ok: true as const };
  });

  app.post(`${base}/:interviewId/items/:itemId/split`, {
    schema: { tags, params: ZItemParams, response: { 200: ZItem } },
    config: access('update'),
  }, async (req) => presentItem(await splitItem(ctx, actorOf(req), req.params)));

  app.get('/api/v1/strategies/:strategyId/interview-topics', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZTopicOverview } },
    config: access('read'),
  }, async (req) => topicOverview(ctx.db, actorOf(req), req.params.strategyId));

  app.post('/api/v1/strategies/:strategyId/interview-topics/merge', {
    schema: { tags, params: ZStrategyParams, body: ZMergeTopics, response: { 200: ZTopicOverview } },
    config: access('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await mergeTopics(ctx, actor, req.params.strategyId, req.body);
    return topicOverview(ctx.db, actor, req.params.strategyId);
  });
}
