import { z } from 'zod';
import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZAddDependency, ZDependencyParams, ZImportResult, ZInitiativeDetail, ZInitiativeParams, ZMoveInitiative, ZProgrammeParams,
  ZRoadmap, ZRoadmapImport, ZRoadmapOptions, ZSavedInitiativeResponse, ZSaveInitiative, ZSaveProgramme,
} from '../../../shared/contracts/roadmap.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { loadStrategy } from '../strategies/index.js';
import { addDependency, removeDependency } from './commands/dependencies.js';
import { deleteInitiative } from './commands/delete-initiative.js';
import { deleteProgramme } from './commands/delete-programme.js';
import { importRoadmap } from './commands/import-roadmap.js';
import { moveInitiative } from './commands/move-initiative.js';
import { createInitiative, updateInitiative } from './commands/save-initiative.js';
import { createProgramme, updateProgramme } from './commands/save-programme.js';
import { roadmapCsv } from './csv.js';
import { initiativeDetail, roadmapOf, roadmapOptions } from './queries.js';

const tags = ['roadmap'];
const on = (via: 'strategyId' | 'programmeId' | 'initiativeId', action: Action): { access: Access } => ({ access: { kind: 'member', via, action, subject: 'roadmap' } });
const ZCreated = z.object({ id: z.uuid() });
const IMPORT_BODY_LIMIT = 5 * 1024 * 1024;

export function roadmapRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/roadmap', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZRoadmap } },
    config: on('strategyId', 'read'),
  }, async (req) => roadmapOf(ctx.db, actorOf(req), req.params.strategyId));

  app.get('/api/v1/strategies/:strategyId/roadmap/options', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZRoadmapOptions } },
    config: on('strategyId', 'read'),
  }, async (req) => roadmapOptions(ctx.db, actorOf(req), req.params.strategyId));

  app.get('/api/v1/strategies/:strategyId/roadmap.csv', {
    schema: { tags, params: ZStrategyParams },
    config: on('strategyId', 'read'),
  }, async (req, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="roadmap.csv"')
      .send(roadmapCsv(await roadmapOf(ctx.db, actorOf(req), req.params.strategyId))));

  // The import form sends JSON ({ csv }); scripts may post the file itself as text/csv.
  void app.register(async (scope: App) => {
    scope.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) => done(null, { csv: body }));
    scope.post('/api/v1/strategies/:strategyId/roadmap/import', {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: { tags, params: ZStrategyParams, body: ZRoadmapImport, response: { 201: ZImportResult } },
      config: on('strategyId', 'create'),
    }, async (req, reply) => {
      const actor = actorOf(req);
      const result = await ctx.db.transaction(async (tx) => importRoadmap(tx, actor, await loadStrategy(tx, actor, req.params.strategyId), req.body.csv));
      return reply.code(201).send(result);
    });
  });

  app.post('/api/v1/strategies/:strategyId/programmes', {
    schema: { tags, params: ZStrategyParams, body: ZSaveProgramme, response: { 201: ZCreated } },
    config: on('strategyId', 'create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const programme = await ctx.db.transaction(async (tx) => createProgramme(tx, actor, await loadStrategy(tx, actor, req.params.strategyId), req.body));
    return reply.code(201).send({ id: programme.id });
  });

  app.patch('/api/v1/programmes/:programmeId', {
    schema: { tags, params: ZProgrammeParams, body: ZSaveProgramme, response: { 200: ZCreated } },
    config: on('programmeId', 'update'),
  }, async (req) => {
    const programme = await ctx.db.transaction(async (tx) => updateProgramme(tx, actorOf(req), req.params.programmeId, req.body));
    return { id: programme.id };
  });

  app.delete('/api/v1/programmes/:programmeId', {
    schema: { tags, params: ZProgrammeParams, response: { 200: ZOk } },
    config: on('programmeId', 'delete'),
  }, async (req) => {
    await ctx.db.transaction(async (tx) => deleteProgramme(tx, actorOf(req), req.params.programmeId));
    return { ok: true as const };
  });

  app.post('/api/v1/strategies/:strategyId/initiatives', {
    schema: { tags, params: ZStrategyParams, body: ZSaveInitiative, response: { 201: ZSavedInitiativeResponse } },
    config: on('strategyId', 'create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const saved = await ctx.db.transaction(async (tx) => createInitiative(tx, actor, await loadStrategy(tx, actor, req.params.strategyId), req.body));
    return reply.code(201).send({ id: saved.initiative.id, warnings: saved.warnings });
  });

  app.get('/api/v1/initiatives/:initiativeId', {
    schema: { tags, params: ZInitiativeParams, response: { 200: ZInitiativeDetail } },
    config: on('initiativeId', 'read'),
  }, async (req) => initiativeDetail(ctx.db, actorOf(req), req.params.initiativeId));

  app.patch('/api/v1/initiatives/:initiativeId', {
    schema: { tags, params: ZInitiativeParams, body: ZSaveInitiative, response: { 200: ZSavedInitiativeResponse } },
    config: on('initiativeId', 'update'),
  }, async (req) => {
    const saved = await ctx.db.transaction(async (tx) => updateInitiative(tx, actorOf(req), req.params.initiativeId, req.body));
    return { id: saved.initiative.id, warnings: saved.warnings };
  });

  app.delete('/api/v1/initiatives/:initiativeId', {
    schema: { tags, params: ZInitiativeParams, response: { 200: ZOk } },
    config: on('initiativeId', 'delete'),
  }, async (req) => {
    await ctx.db.transaction(async (tx) => deleteInitiative(tx, actorOf(req), req.params.initiativeId));
    return { ok: true as const };
  });

  app.post('/api/v1/initiatives/:initiativeId/move', {
    schema: { tags, params: ZInitiativeParams, body: ZMoveInitiative, response: { 200: ZOk } },
    config: on('initiativeId', 'update'),
  }, async (req) => {
    await ctx.db.transaction(async (tx) => moveInitiative(tx, actorOf(req), req.params.initiativeId, req.body.horizon, req.body.position));
    return { ok: true as const };
  });

  app.post('/api/v1/initiatives/:initiativeId/dependencies', {
    schema: { tags, params: ZInitiativeParams, body: ZAddDependency, response: { 201: ZOk } },
    config: on('initiativeId', 'update'),
  }, async (req, reply) => {
    await ctx.db.transaction(async (tx) => addDependency(tx, actorOf(req), req.params.initiativeId, req.body.dependsOnId));
    return reply.code(201).send({ ok: true as const });
  });

  app.delete('/api/v1/initiatives/:initiativeId/dependencies/:dependsOnId', {
    schema: { tags, params: ZDependencyParams, response: { 200: ZOk } },
    config: on('initiativeId', 'update'),
  }, async (req) => {
    await ctx.db.transaction(async (tx) => removeDependency(tx, actorOf(req), req.params.initiativeId, req.params.dependsOnId));
    return { ok: true as const };
  });
}
