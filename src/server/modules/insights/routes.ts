import { z } from 'zod';
import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZEvidenceParams } from '../../../shared/contracts/evidence.js';
import {
  ZAddComment,
  ZComment,
  ZCreateInsight,
  ZEvidenceInsights,
  ZInsightDetail,
  ZInsightEvidenceBody,
  ZInsightEvidenceList,
  ZInsightEvidenceMatching,
  ZInsightEvidenceQuery,
  ZInsightList,
  ZInsightListQuery,
  ZInsightParams,
  ZUpdateInsight,
} from '../../../shared/contracts/insights.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { loadStrategy } from '../strategies/index.js';
import { addComment } from './commands/add-comment.js';
import { createInsight } from './commands/create-insight.js';
import { deleteInsight } from './commands/delete-insight.js';
import { linkEvidence, unlinkEvidence } from './commands/link-evidence.js';
import { linkMatchingEvidence } from './commands/link-matching-evidence.js';
import { updateInsight } from './commands/update-insight.js';
import { dayOf, insightDetail, insightEvidencePage, insightsOfEvidence, listInsights } from './queries.js';

const tags = ['insights'];
const onStrategy = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'insight' } });
const onInsight = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'insightId', action, subject: 'insight' } });
const ZCreated = z.object({ id: z.uuid() });
const ZLinked = z.object({ added: z.number().int() });
const ZMatched = z.object({ added: z.number().int(), matched: z.number().int() });
const ZUnlinked = z.object({ removed: z.number().int() });

export function insightRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/insights', {
    schema: { tags, params: ZStrategyParams, querystring: ZInsightListQuery, response: { 200: ZInsightList } },
    config: onStrategy('read'),
  }, async (req) => listInsights(ctx.db, actorOf(req), req.params.strategyId, req.query.status));

  app.post('/api/v1/strategies/:strategyId/insights', {
    schema: { tags, params: ZStrategyParams, body: ZCreateInsight, response: { 201: ZCreated } },
    config: onStrategy('create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const insight = await ctx.db.transaction(async (tx) => createInsight(tx, actor, await loadStrategy(tx, actor, req.params.strategyId), req.body));
    return reply.code(201).send({ id: insight.id });
  });

  app.get('/api/v1/insights/:insightId', {
    schema: { tags, params: ZInsightParams, response: { 200: ZInsightDetail } },
    config: onInsight('read'),
  }, async (req) => insightDetail(ctx.db, actorOf(req), req.params.insightId));

  app.patch('/api/v1/insights/:insightId', {
    schema: { tags, params: ZInsightParams, body: ZUpdateInsight, response: { 200: ZInsightDetail } },
    config: onInsight('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await updateInsight(ctx, actor, req.params.insightId, req.body);
    return insightDetail(ctx.db, actor, req.params.insightId);
  });

  app.delete('/api/v1/insights/:insightId', {
    schema: { tags, params: ZInsightParams, response: { 200: ZOk } },
    config: onInsight('delete'),
  }, async (req) => {
    await deleteInsight(ctx, actorOf(req), req.params.insightId);
    return { ok: true as const };
  });

  app.get('/api/v1/insights/:insightId/evidence', {
    schema: { tags, params: ZInsightParams, querystring: ZInsightEvidenceQuery, response: { 200: ZInsightEvidenceList } },
    config: onInsight('read'),
  }, async (req) => insightEvidencePage(ctx.db, actorOf(req), req.params.insightId, req.query.page));

  app.post('/api/v1/insights/:insightId/evidence', {
    schema: { tags, params: ZInsightParams, body: ZInsightEvidenceBody, response: { 200: ZLinked } },
    config: onInsight('update'),
  }, async (req) => linkEvidence(ctx, actorOf(req), req.params.insightId, req.body.evidenceIds));

  app.post('/api/v1/insights/:insightId/evidence/matching', {
    schema: { tags, params: ZInsightParams, body: ZInsightEvidenceMatching, response: { 200: ZMatched } },
    config: onInsight('update'),
  }, async (req) => linkMatchingEvidence(ctx, actorOf(req), req.params.insightId, req.body.filter));

  app.delete('/api/v1/insights/:insightId/evidence', {
    schema: { tags, params: ZInsightParams, body: ZInsightEvidenceBody, response: { 200: ZUnlinked } },
    config: onInsight('update'),
  }, async (req) => unlinkEvidence(ctx, actorOf(req), req.params.insightId, req.body.evidenceIds));

  app.post('/api/v1/insights/:insightId/comments', {
    schema: { tags, params: ZInsightParams, body: ZAddComment, response: { 201: ZComment } },
    config: onInsight('update'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const comment = await addComment(ctx, actor, req.params.insightId, req.body.body);
    return reply.code(201).send({ id: comment.id, author: actor.user.name, body: comment.body, createdAt: comment.createdAt.toISOString(), createdOn: dayOf(comment.createdAt) });
  });

  // The walk up from a piece of evidence: read by whoever may read the evidence library.
  app.get('/api/v1/evidence/:evidenceId/insights', {
    schema: { tags, params: ZEvidenceParams, response: { 200: ZEvidenceInsights } },
    config: { access: { kind: 'member', via: 'evidenceId', action: 'read', subject: 'evidence' } },
  }, async (req) => insightsOfEvidence(ctx.db, actorOf(req), req.params.evidenceId));
}
