import { ZId, ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZBoard,
  ZColumnTitle,
  ZCreateNote,
  ZCreateWorkshop,
  ZDeleteColumnQuery,
  ZMoveNote,
  ZStickyNote,
  ZUpdateNote,
  ZUpdateWorkshop,
  ZWorkshop,
  ZWorkshopList,
  ZWorkshopOptions,
} from '../../../shared/contracts/workshops.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { addColumn, removeColumn, renameColumn } from './commands/column-commands.js';
import { createWorkshop } from './commands/create-workshop.js';
import { deleteWorkshop } from './commands/delete-workshop.js';
import { addNote, deleteNote, moveNote, updateNote } from './commands/note-commands.js';
import { updateWorkshop } from './commands/update-workshop.js';
import { loadBoard, listWorkshops, workshopDetail, workshopOptions } from './queries.js';

const ZWorkshopParams = ZStrategyParams.extend({ workshopId: ZId });
const ZColumnParams = ZWorkshopParams.extend({ columnId: ZId });
const ZNoteParams = ZWorkshopParams.extend({ noteId: ZId });
const tags = ['workshops'];
const base = '/api/v1/strategies/:strategyId/workshops';

// Nested records are always loaded through their strategy (tied by the gate to the caller's
// organisation) and their workshop, so an id from elsewhere is "not found".
const access = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'workshop' } });

const presentNote = (note: { id: string; columnId: string; text: string; position: number; updatedAt: Date }) => ({
  id: note.id,
  columnId: note.columnId,
  text: note.text,
  position: note.position,
  updatedAt: note.updatedAt.toISOString(),
});

export function workshopRoutes(app: App, ctx: AppContext): void {
  app.get(base, {
    schema: { tags, params: ZStrategyParams, response: { 200: ZWorkshopList } },
    config: access('read'),
  }, async (req) => listWorkshops(ctx.db, actorOf(req), req.params.strategyId));

  app.get(`${base}/options`, {
    schema: { tags, params: ZStrategyParams, response: { 200: ZWorkshopOptions } },
    config: access('read'),
  }, async (req) => workshopOptions(ctx.db, actorOf(req), req.params.strategyId));

  app.post(base, {
    schema: { tags, params: ZStrategyParams, body: ZCreateWorkshop, response: { 201: ZWorkshop } },
    config: access('create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await createWorkshop(ctx, actor, req.params.strategyId, req.body);
    return reply.code(201).send(await workshopDetail(ctx.db, actor, req.params.strategyId, row.id));
  });

  app.get(`${base}/:workshopId`, {
    schema: { tags, params: ZWorkshopParams, response: { 200: ZWorkshop } },
    config: access('read'),
  }, async (req) => workshopDetail(ctx.db, actorOf(req), req.params.strategyId, req.params.workshopId));

  app.patch(`${base}/:workshopId`, {
    schema: { tags, params: ZWorkshopParams, body: ZUpdateWorkshop, response: { 200: ZWorkshop } },
    config: access('update'),
  }, async (req) => {
    const actor = actorOf(req);
    await updateWorkshop(ctx, actor, req.params.strategyId, req.params.workshopId, req.body);
    return workshopDetail(ctx.db, actor, req.params.strategyId, req.params.workshopId);
  });

  app.delete(`${base}/:workshopId`, {
    schema: { tags, params: ZWorkshopParams, response: { 200: ZOk } },
    config: access('delete'),
  }, async (req) => {
    await deleteWorkshop(ctx, actorOf(req), req.params.strategyId, req.params.workshopId);
    return { ok: true as const };
  });

  app.post(`${base}/:workshopId/columns`, {
    schema: { tags, params: ZWorkshopParams, body: ZColumnTitle, response: { 201: ZBoard } },
    config: access('update'),
  }, async (req, reply) => {
    await addColumn(ctx, actorOf(req), req.params, req.body.title);
    return reply.code(201).send(await loadBoard(ctx.db, req.params.workshopId));
  });

  app.patch(`${base}/:workshopId/columns/:columnId`, {
    schema: { tags, params: ZColumnParams, body: ZColumnTitle, response: { 200: ZBoard } },
    config: access('update'),
  }, async (req) => {
    await renameColumn(ctx, actorOf(req), req.params, req.body.title);
    return loadBoard(ctx.db, req.params.workshopId);
  });

  app.delete(`${base}/:workshopId/columns/:columnId`, {
    schema: { tags, params: ZColumnParams, querystring: ZDeleteColumnQuery, response: { 200: ZBoard } },
    config: access('update'),
  }, async (req) => {
    await removeColumn(ctx, actorOf(req), req.params, req.query.moveNotesTo);
    return loadBoard(ctx.db, req.params.workshopId);
  });

  app.post(`${base}/:workshopId/notes`, {
    schema: { tags, params: ZWorkshopParams, body: ZCreateNote, response: { 201: ZStickyNote } },
    config: access('update'),
  }, async (req, reply) => reply.code(201).send(presentNote(await addNote(ctx, actorOf(req), req.params, req.body))));

  app.patch(`${base}/:workshopId/notes/:noteId`, {
    schema: { tags, params: ZNoteParams, body: ZUpdateNote, response: { 200: ZStickyNote } },
    config: access('update'),
  }, async (req) => presentNote(await updateNote(ctx, actorOf(req), req.params, req.body.text)));

  app.delete(`${base}/:workshopId/notes/:noteId`, {
    schema: { tags, params: ZNoteParams, response: { 200: ZOk } },
    config: access('update'),
  }, async (req) => {
    await deleteNote(ctx, actorOf(req), req.params);
    return { ok: true as const };
  });

  app.post(`${base}/:workshopId/notes/:noteId/move`, {
    schema: { tags, params: ZNoteParams, body: ZMoveNote, response: { 200: ZBoard } },
    config: access('update'),
  }, async (req) => {
    await moveNote(ctx, actorOf(req), req.params, req.body);
    return loadBoard(ctx.db, req.params.workshopId);
  });
}
