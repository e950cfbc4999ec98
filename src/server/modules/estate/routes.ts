import { z } from 'zod';
import { ZId, ZOk, ZOrgParams } from '../../../shared/contracts/common.js';
import { ZCreateSystem, ZEstateMap, type EstateMap, ZIntegrationInput, ZIntegrationView, ZProjectInput, ZProjectView, ZSystemListQuery, ZSystemView, ZUpdateIntegration, ZUpdateProject, ZUpdateSystem } from '../../../shared/contracts/estate.js';
import { ZEstateMapQuery, ZEstateOverview, ZIntegrationList, ZIntegrationListQuery, ZProjectList, ZSystemList } from '../../../shared/contracts/estate-views.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { createIntegration, deleteIntegration, updateIntegration } from './commands/integration-commands.js';
import { createProject, deleteProject, updateProject } from './commands/project-commands.js';
import { createSystem } from './commands/create-system.js';
import { setSystemRetired } from './commands/retire-system.js';
import { updateSystem } from './commands/update-system.js';
import { registerCsv } from './export.js';
import { integrationDetail, listIntegrations } from './integrations.js';
import { estateMapJson } from './map.js';
import { estateOverview } from './overview.js';
import { listProjects, projectDetail } from './projects.js';
import { listSystems, systemDetail } from './queries.js';

const ZSystemParams = ZOrgParams.extend({ systemId: ZId });
const ZIntegrationParams = ZOrgParams.extend({ integrationId: ZId });
const ZProjectParams = ZOrgParams.extend({ projectId: ZId });
const ZExportQuery = z.object({ retired: z.enum(['exclude', 'include']).default('exclude') });
const tags = ['estate'];
const base = '/api/v1/orgs/:orgId';
const access = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'orgId', action, subject: 'estate' } });

/** The register, integrations, map, overview and projects. Every query is scoped to `:orgId` by the gate. */
export function estateRoutes(app: App, ctx: AppContext): void {
  app.get(`${base}/systems`, {
    schema: { tags, params: ZOrgParams, querystring: ZSystemListQuery, response: { 200: ZSystemList } },
    config: access('read'),
  }, async (req) => listSystems(ctx.db, actorOf(req), req.query));

  app.post(`${base}/systems`, {
    schema: { tags, params: ZOrgParams, body: ZCreateSystem, response: { 201: ZSystemView } },
    config: access('create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await createSystem(ctx, actor, req.body);
    return reply.code(201).send(await systemDetail(ctx.db, actor, row.id));
  });

  app.get(`${base}/systems/export.csv`, {
    schema: { tags, params: ZOrgParams, querystring: ZExportQuery },
    config: access('read'),
  }, async (req, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="systems-register.csv"')
      .send(await registerCsv(ctx.db, actorOf(req), req.query.retired === 'include')));

  app.get(`${base}/systems/:systemId`, {
    schema: { tags, params: ZSystemParams, response: { 200: ZSystemView } },
    config: access('read'),
  }, async (req) => systemDetail(ctx.db, actorOf(req), req.params.systemId));

  app.patch(`${base}/systems/:systemId`, {
    schema: { tags, params: ZSystemParams, body: ZUpdateSystem, response: { 200: ZSystemView } },
    config: access('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await updateSystem(ctx, actor, req.params.systemId, req.body);
    return systemDetail(ctx.db, actor, req.params.systemId);
  });

  for (const [path, retire] of [['retire', true], ['reinstate', false]] as const) {
    app.post(`${base}/systems/:systemId/${path}`, {
      schema: { tags, params: ZSystemParams, response: { 200: ZSystemView } },
      config: access('update'),
    }, async (req) => {
      const actor = actorOf(req);
      await setSystemRetired(ctx, actor, req.params.systemId, retire);
      return systemDetail(ctx.db, actor, req.params.systemId);
    });
  }

  app.get(`${base}/estate/overview`, {
    schema: { tags, params: ZOrgParams, response: { 200: ZEstateOverview } },
    config: access('read'),
  }, async (req) => estateOverview(ctx.db, actorOf(req)));

  app.get(`${base}/estate/map`, {
    schema: { tags, params: ZOrgParams, querystring: ZEstateMapQuery, response: { 200: ZEstateMap } },
    config: access('read'),
  }, async (req, reply) =>
    // Already JSON (built by PostgreSQL): a string with a JSON content type is sent as it is.
    reply.type('application/json; charset=utf-8').send((await estateMapJson(ctx.db, actorOf(req), req.query)) as unknown as EstateMap));

  app.get(`${base}/integrations`, {
    schema: { tags, params: ZOrgParams, querystring: ZIntegrationListQuery, response: { 200: ZIntegrationList } },
    config: access('read'),
  }, async (req) => listIntegrations(ctx.db, actorOf(req), req.query.system));

  app.post(`${base}/integrations`, {
    schema: { tags, params: ZOrgParams, body: ZIntegrationInput, response: { 201: ZIntegrationView } },
    config: access('create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await createIntegration(ctx, actor, req.body);
    return reply.code(201).send(await integrationDetail(ctx.db, actor, row.id));
  });

  app.patch(`${base}/integrations/:integrationId`, {
    schema: { tags, params: ZIntegrationParams, body: ZUpdateIntegration, response: { 200: ZIntegrationView } },
    config: access('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await updateIntegration(ctx, actor, req.params.integrationId, req.body);
    return integrationDetail(ctx.db, actor, req.params.integrationId);
  });

  app.delete(`${base}/integrations/:integrationId`, {
    schema: { tags, params: ZIntegrationParams, response: { 200: ZOk } },
    config: access('delete'),
  }, async (req) => {
    await deleteIntegration(ctx, actorOf(req), req.params.integrationId);
    return { ok: true as const };
  });

  app.get(`${base}/projects`, {
    schema: { tags, params: ZOrgParams, response: { 200: ZProjectList } },
    config: access('read'),
  }, async (req) => listProjects(ctx.db, actorOf(req)));

  app.post(`${base}/projects`, {
    schema: { tags, params: ZOrgParams, body: ZProjectInput, response: { 201: ZProjectView } },
    config: access('create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await createProject(ctx, actor, req.body);
    return reply.code(201).send(await projectDetail(ctx.db, actor, row.id));
  });

  app.get(`${base}/projects/:projectId`, {
    schema: { tags, params: ZProjectParams, response: { 200: ZProjectView } },
    config: access('read'),
  }, async (req) => projectDetail(ctx.db, actorOf(req), req.params.projectId));

  app.patch(`${base}/projects/:projectId`, {
    schema: { tags, params: ZProjectParams, body: ZUpdateProject, response: { 200: ZProjectView } },
    config: access('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await updateProject(ctx, actor, req.params.projectId, req.body);
    return projectDetail(ctx.db, actor, req.params.projectId);
  });

  app.delete(`${base}/projects/:projectId`, {
    schema: { tags, params: ZProjectParams, response: { 200: ZOk } },
    config: access('delete'),
  }, async (req) => {
    await deleteProject(ctx, actorOf(req), req.params.projectId);
    return { ok: true as const };
  });
}
