import { z } from 'zod';
import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZCreateMissionVersion,
  ZMissionCompareParams,
  ZMissionComparison,
  ZMissionPage,
  ZMissionVersionParams,
  ZUpdateMissionVersion,
} from '../../../shared/contracts/mission.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { agreeMissionVersion } from './commands/agree-mission-version.js';
import { createMissionVersion } from './commands/create-mission-version.js';
import { deleteMissionVersion } from './commands/delete-mission-version.js';
import { updateMissionVersion } from './commands/update-mission-version.js';
import { compareMissionVersions, missionPage } from './queries.js';

const tags = ['mission'];
const onStrategy = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'mission' } });
const onVersion = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'missionVersionId', action, subject: 'mission' } });
const ZSaved = z.object({ id: z.uuid(), number: z.number().int() });

export function missionRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/mission', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZMissionPage } },
    config: onStrategy('read'),
  }, async (req) => missionPage(ctx.db, actorOf(req), req.params.strategyId));

  app.post('/api/v1/strategies/:strategyId/mission/versions', {
    schema: { tags, params: ZStrategyParams, body: ZCreateMissionVersion, response: { 201: ZSaved } },
    config: onStrategy('create'),
  }, async (req, reply) => {
    const version = await createMissionVersion(ctx, actorOf(req), req.params.strategyId, req.body);
    return reply.code(201).send({ id: version.id, number: version.number });
  });

  app.patch('/api/v1/mission-versions/:missionVersionId', {
    schema: { tags, params: ZMissionVersionParams, body: ZUpdateMissionVersion, response: { 200: ZSaved } },
    config: onVersion('update'),
  }, async (req) => {
    const version = await updateMissionVersion(ctx, actorOf(req), req.params.missionVersionId, req.body);
    return { id: version.id, number: version.number };
  });

  app.post('/api/v1/mission-versions/:missionVersionId/agree', {
    schema: { tags, params: ZMissionVersionParams, response: { 200: ZSaved } },
    config: onVersion('update'),
  }, async (req) => {
    const version = await agreeMissionVersion(ctx, actorOf(req), req.params.missionVersionId);
    return { id: version.id, number: version.number };
  });

  app.delete('/api/v1/mission-versions/:missionVersionId', {
    schema: { tags, params: ZMissionVersionParams, response: { 200: ZOk } },
    config: onVersion('delete'),
  }, async (req) => {
    await deleteMissionVersion(ctx, actorOf(req), req.params.missionVersionId);
    return { ok: true as const };
  });

  app.get('/api/v1/mission-versions/:missionVersionId/compare/:otherId', {
    schema: { tags, params: ZMissionCompareParams, response: { 200: ZMissionComparison } },
    config: onVersion('read'),
  }, async (req) => compareMissionVersions(ctx.db, actorOf(req), req.params.missionVersionId, req.params.otherId));
}
