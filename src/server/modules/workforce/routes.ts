import { z } from 'zod';
import { ZId, ZOk, ZOrgParams } from '../../../shared/contracts/common.js';
import {
  ZCreateOrgUnit,
  ZCreateStaffGroup,
  ZDeleteQuery,
  ZHeadcountImport,
  ZImportPreview,
  ZImportResult,
  ZOrgUnit,
  ZRenameStaffGroup,
  ZReorderStaffGroups,
  ZSetHeadcounts,
  ZStaffGroup,
  ZUpdateOrgUnit,
  ZWorkforce,
} from '../../../shared/contracts/workforce.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { createOrgUnit } from './commands/create-org-unit.js';
import { createStaffGroup } from './commands/create-staff-group.js';
import { deleteOrgUnit } from './commands/delete-org-unit.js';
import { deleteStaffGroup } from './commands/delete-staff-group.js';
import { ensureDefaultStaffGroups } from './commands/ensure-default-staff-groups.js';
import { importHeadcounts } from './commands/import-headcounts.js';
import { previewHeadcountImport } from './commands/preview-headcount-import.js';
import { renameStaffGroup } from './commands/rename-staff-group.js';
import { reorderStaffGroups } from './commands/reorder-staff-groups.js';
import { setHeadcounts } from './commands/set-headcounts.js';
import { updateOrgUnit } from './commands/update-org-unit.js';
import { presentStaffGroup, presentUnit } from './presenter.js';
import { workforceOverview } from './queries.js';

const ZUnitParams = z.object({ orgId: ZId, unitId: ZId });
const ZStaffGroupParams = z.object({ orgId: ZId, staffGroupId: ZId });
const tags = ['workforce'];
const base = '/api/v1/orgs/:orgId/workforce';
const can = (action: 'read' | 'create' | 'update' | 'delete') =>
  ({ access: { kind: 'member', via: 'orgId', action, subject: 'workforce' } }) as const;
const ok = { ok: true } as const;
/** A CSV of a large trust's grid per site is well under this; JSON escaping adds a little. */
const IMPORT_BODY_LIMIT = 2 * 1024 * 1024;

export function workforceRoutes(app: App, ctx: AppContext): void {
  app.get(base, {
    schema: { tags, params: ZOrgParams, response: { 200: ZWorkforce } },
    config: can('read'),
  }, async (req) => {
    const actor = actorOf(req);
    await ensureDefaultStaffGroups(ctx.db, actor.member.organisationId);
    return workforceOverview(ctx.db, actor);
  });

  app.post(`${base}/units`, {
    schema: { tags, params: ZOrgParams, body: ZCreateOrgUnit, response: { 201: ZOrgUnit } },
    config: can('create'),
  }, async (req, reply) => reply.code(201).send(presentUnit(await createOrgUnit(ctx, actorOf(req), req.body))));

  app.patch(`${base}/units/:unitId`, {
    schema: { tags, params: ZUnitParams, body: ZUpdateOrgUnit, response: { 200: ZOrgUnit } },
    config: can('update'),
  }, async (req) => presentUnit(await updateOrgUnit(ctx, actorOf(req), req.params.unitId, req.body)));

  app.delete(`${base}/units/:unitId`, {
    schema: { tags, params: ZUnitParams, querystring: ZDeleteQuery, response: { 200: ZOk } },
    config: can('delete'),
  }, async (req) => {
    await deleteOrgUnit(ctx, actorOf(req), req.params.unitId, req.query.force === 'true');
    return ok;
  });

  app.post(`${base}/staff-groups`, {
    schema: { tags, params: ZOrgParams, body: ZCreateStaffGroup, response: { 201: ZStaffGroup } },
    config: can('create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    await ensureDefaultStaffGroups(ctx.db, actor.member.organisationId);
    return reply.code(201).send(presentStaffGroup(await createStaffGroup(ctx, actor, req.body)));
  });

  app.put(`${base}/staff-groups/order`, {
    schema: { tags, params: ZOrgParams, body: ZReorderStaffGroups, response: { 200: z.object({ staffGroups: z.array(ZStaffGroup) }) } },
    config: can('update'),
  }, async (req) => ({ staffGroups: (await reorderStaffGroups(ctx, actorOf(req), req.body.staffGroupIds)).map(presentStaffGroup) }));

  app.patch(`${base}/staff-groups/:staffGroupId`, {
    schema: { tags, params: ZStaffGroupParams, body: ZRenameStaffGroup, response: { 200: ZStaffGroup } },
    config: can('update'),
  }, async (req) => presentStaffGroup(await renameStaffGroup(ctx, actorOf(req), req.params.staffGroupId, req.body)));

  app.delete(`${base}/staff-groups/:staffGroupId`, {
    schema: { tags, params: ZStaffGroupParams, querystring: ZDeleteQuery, response: { 200: ZOk } },
    config: can('delete'),
  }, async (req) => {
    await deleteStaffGroup(ctx, actorOf(req), req.params.staffGroupId, req.query.force === 'true');
    return ok;
  });

  app.put(`${base}/headcounts`, {
    schema: { tags, params: ZOrgParams, body: ZSetHeadcounts, response: { 200: ZWorkforce } },
    config: can('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await setHeadcounts(ctx, actor, req.body);
    return workforceOverview(ctx.db, actor);
  });

  app.post(`${base}/imports/preview`, {
    schema: { tags, params: ZOrgParams, body: ZHeadcountImport, response: { 200: ZImportPreview } },
    config: can('update'),
    bodyLimit: IMPORT_BODY_LIMIT,
  }, async (req) => previewHeadcountImport(ctx, actorOf(req), req.body.csv));

  app.post(`${base}/imports`, {
    schema: { tags, params: ZOrgParams, body: ZHeadcountImport, response: { 200: ZImportResult } },
    config: can('update'),
    bodyLimit: IMPORT_BODY_LIMIT,
  }, async (req) => importHeadcounts(ctx, actorOf(req), req.body.csv));
}
