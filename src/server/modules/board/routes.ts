import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZAddCards, ZAddCardsResult, ZBoard, ZBoardCardParams, ZBoardQuery, ZClusterCreated, ZClusterParams, ZCreateCluster, ZMadeInsight, ZMoveCard, ZUpdateCluster,
} from '../../../shared/contracts/board.js';
import { z } from 'zod';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { addCards } from './commands/add-cards.js';
import { createCluster } from './commands/create-cluster.js';
import { deleteCluster } from './commands/delete-cluster.js';
import { makeInsight } from './commands/make-insight.js';
import { moveCard } from './commands/move-card.js';
import { removeCard } from './commands/remove-card.js';
import { updateCluster } from './commands/update-cluster.js';
import { boardOf } from './queries.js';

const tags = ['board'];
const by = (via: string, action: Action): { access: Access } => ({ access: { kind: 'member', via, action, subject: 'board' } });
const ZMoved = z.object({ clusterId: z.uuid().nullable(), position: z.number().int(), total: z.number().int() });
const ZClusterSaved = z.object({ id: z.uuid(), name: z.string(), position: z.number().int() });
const ZClusterDeleted = z.object({ cardsReturned: z.number().int() });

export function boardRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/board', {
    schema: { tags, params: ZStrategyParams, querystring: ZBoardQuery, response: { 200: ZBoard } },
    config: by('strategyId', 'read'),
  }, async (req) => boardOf(ctx.db, actorOf(req), req.params.strategyId, req.query.perPile));

  app.post('/api/v1/strategies/:strategyId/board/cards', {
    schema: { tags, params: ZStrategyParams, body: ZAddCards, response: { 200: ZAddCardsResult } },
    config: by('strategyId', 'update'),
  }, async (req) => ctx.db.transaction((tx) => addCards(tx, actorOf(req), req.params.strategyId, req.body)));

  app.delete('/api/v1/strategies/:strategyId/board/cards/:evidenceId', {
    schema: { tags, params: ZBoardCardParams, response: { 200: ZOk } },
    config: by('strategyId', 'update'),
  }, async (req) => {
    await ctx.db.transaction((tx) => removeCard(tx, actorOf(req), req.params.strategyId, req.params.evidenceId));
    return { ok: true as const };
  });

  app.post('/api/v1/strategies/:strategyId/board/moves', {
    schema: { tags, params: ZStrategyParams, body: ZMoveCard, response: { 200: ZMoved } },
    config: by('strategyId', 'update'),
  }, async (req) => ctx.db.transaction((tx) => moveCard(tx, actorOf(req), req.params.strategyId, req.body)));

  app.post('/api/v1/strategies/:strategyId/board/clusters', {
    schema: { tags, params: ZStrategyParams, body: ZCreateCluster, response: { 201: ZClusterCreated } },
    config: by('strategyId', 'update'),
  }, async (req, reply) => {
    const cluster = await ctx.db.transaction((tx) => createCluster(tx, actorOf(req), req.params.strategyId, req.body.name));
    return reply.code(201).send({ id: cluster.id });
  });

  app.patch('/api/v1/board-clusters/:clusterId', {
    schema: { tags, params: ZClusterParams, body: ZUpdateCluster, response: { 200: ZClusterSaved } },
    config: by('clusterId', 'update'),
  }, async (req) => {
    const cluster = await updateCluster(ctx, actorOf(req), req.params.clusterId, req.body);
    return { id: cluster.id, name: cluster.name, position: cluster.position };
  });

  app.delete('/api/v1/board-clusters/:clusterId', {
    schema: { tags, params: ZClusterParams, response: { 200: ZClusterDeleted } },
    config: by('clusterId', 'update'),
  }, async (req) => deleteCluster(ctx, actorOf(req), req.params.clusterId));

  app.post('/api/v1/board-clusters/:clusterId/insight', {
    schema: { tags, params: ZClusterParams, response: { 200: ZMadeInsight, 201: ZMadeInsight } },
    config: by('clusterId', 'update'),
  }, async (req, reply) => {
    const made = await makeInsight(ctx, actorOf(req), req.params.clusterId);
    return reply.code(made.created ? 201 : 200).send(made);
  });
}
