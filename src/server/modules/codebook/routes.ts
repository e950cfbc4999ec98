import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZAppliedTags, ZApplyOne, ZBulkResult, ZBulkTag, ZCreateTag, ZEvidenceTagParams, ZMergeResult, ZMergeTag, ZTag, ZTagList, ZTagParams, ZUpdateTag,
} from '../../../shared/contracts/codebook.js';
import { ZEvidenceParams } from '../../../shared/contracts/evidence.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { can, type Action } from '../../platform/policy.js';
import { loadStrategy } from '../strategies/index.js';
import { bulkTag } from './commands/bulk-tag.js';
import { createTag } from './commands/create-tag.js';
import { deleteTag } from './commands/delete-tag.js';
import { mergeTag } from './commands/merge-tag.js';
import { restoreTag } from './commands/restore-tag.js';
import { tagItem } from './commands/tag-item.js';
import { updateTag } from './commands/update-tag.js';
import './policy.js';
import { appliedTagsOf, listTags } from './queries.js';
import { loadTag } from './tags.js';

const tags = ['codebook'];
const by = (via: string, action: Action): { access: Access } => ({ access: { kind: 'member', via, action, subject: 'tag' } });

export function codebookRoutes(app: App, ctx: AppContext): void {
  const present = async (organisationId: string, strategyId: string, id: string) => (await listTags(ctx.db, { organisationId, strategyId }, [id])).tags[0]!;

  app.get('/api/v1/strategies/:strategyId/tags', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZTagList } },
    config: by('strategyId', 'read'),
  }, async (req) => {
    const actor = actorOf(req);
    const strategy = await loadStrategy(ctx.db, actor, req.params.strategyId);
    const list = await listTags(ctx.db, { organisationId: strategy.organisationId, strategyId: strategy.id });
    return { ...list, can: { change: !strategy.archivedAt && can(actor.member.role, 'update', 'tag') } };
  });

  app.post('/api/v1/strategies/:strategyId/tags', {
    schema: { tags, params: ZStrategyParams, body: ZCreateTag, response: { 201: ZTag } },
    config: by('strategyId', 'create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const tag = await ctx.db.transaction(async (tx) => createTag(tx, actor, await loadStrategy(tx, actor, req.params.strategyId), req.body));
    return reply.code(201).send(await present(tag.organisationId, tag.strategyId, tag.id));
  });

  app.get('/api/v1/tags/:tagId', {
    schema: { tags, params: ZTagParams, response: { 200: ZTag } },
    config: by('tagId', 'read'),
  }, async (req) => {
    const { tag } = await loadTag(ctx.db, actorOf(req), req.params.tagId);
    return present(tag.organisationId, tag.strategyId, tag.id);
  });

  app.patch('/api/v1/tags/:tagId', {
    schema: { tags, params: ZTagParams, body: ZUpdateTag, response: { 200: ZTag } },
    config: by('tagId', 'update'),
  }, async (req) => {
    const tag = await updateTag(ctx, actorOf(req), req.params.tagId, req.body);
    return present(tag.organisationId, tag.strategyId, tag.id);
  });

  app.delete('/api/v1/tags/:tagId', {
    schema: { tags, params: ZTagParams, response: { 200: ZOk } },
    config: by('tagId', 'delete'),
  }, async (req) => {
    await deleteTag(ctx, actorOf(req), req.params.tagId);
    return { ok: true as const };
  });

  app.post('/api/v1/tags/:tagId/restore', {
    schema: { tags, params: ZTagParams, response: { 200: ZTag } },
    config: by('tagId', 'delete'),
  }, async (req) => {
    const tag = await restoreTag(ctx, actorOf(req), req.params.tagId);
    return present(tag.organisationId, tag.strategyId, tag.id);
  });

  app.post('/api/v1/tags/:tagId/merge', {
    schema: { tags, params: ZTagParams, body: ZMergeTag, response: { 200: ZMergeResult } },
    config: by('tagId', 'update'),
  }, async (req) => mergeTag(ctx, actorOf(req), req.params.tagId, req.body.intoTagId));

  app.post('/api/v1/tags/:tagId/apply', {
    schema: { tags, params: ZTagParams, body: ZBulkTag, response: { 200: ZBulkResult } },
    config: by('tagId', 'update'),
  }, async (req) => bulkTag(ctx, actorOf(req), req.params.tagId, req.body.filter, true));

  app.post('/api/v1/tags/:tagId/remove', {
    schema: { tags, params: ZTagParams, body: ZBulkTag, response: { 200: ZBulkResult } },
    config: by('tagId', 'update'),
  }, async (req) => bulkTag(ctx, actorOf(req), req.params.tagId, req.body.filter, false));

  app.get('/api/v1/evidence/:evidenceId/tags', {
    schema: { tags, params: ZEvidenceParams, response: { 200: ZAppliedTags } },
    config: by('evidenceId', 'read'),
  }, async (req) => {
    // The item is the organisation's (the gate checked its owner); its tags are read as they are.
    return { tags: await appliedTagsOf(ctx.db, req.params.evidenceId) };
  });

  app.post('/api/v1/evidence/:evidenceId/tags', {
    schema: { tags, params: ZEvidenceParams, body: ZApplyOne, response: { 200: ZAppliedTags } },
    config: by('evidenceId', 'update'),
  }, async (req) => {
    await tagItem(ctx, actorOf(req), req.params.evidenceId, req.body.tagId, true);
    return { tags: await appliedTagsOf(ctx.db, req.params.evidenceId) };
  });

  app.delete('/api/v1/evidence/:evidenceId/tags/:tagId', {
    schema: { tags, params: ZEvidenceTagParams, response: { 200: ZAppliedTags } },
    config: by('evidenceId', 'update'),
  }, async (req) => {
    await tagItem(ctx, actorOf(req), req.params.evidenceId, req.params.tagId, false);
    return { tags: await appliedTagsOf(ctx.db, req.params.evidenceId) };
  });
}
