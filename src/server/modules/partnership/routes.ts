import { z } from 'zod';
import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZAgreePartnershipVersion,
  ZCommitmentFromNote,
  ZCommitmentParams,
  ZCreateCommitment,
  ZMoveCommitment,
  ZPartnership,
  ZPartnershipQuery,
  ZPartnershipResults,
  ZPartnershipVersionParams,
  ZUpdateCommitment,
  ZUpdatePartnershipVersion,
} from '../../../shared/contracts/partnership.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { loadStrategy } from '../strategies/index.js';
import { agreeVersion } from './commands/agree-version.js';
import { commitmentFromNote } from './commands/commitment-from-note.js';
import { addCommitment, deleteCommitment, moveCommitment, updateCommitment } from './commands/edit-commitments.js';
import { publishVersion } from './commands/publish-version.js';
import { startDraft } from './commands/start-draft.js';
import { updateVersion } from './commands/update-version.js';
import { partnershipOverview } from './queries.js';
import { partnershipResults } from './results.js';

const tags = ['partnership'];
const onStrategy = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'partnership' } });
const onVersion = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'partnershipVersionId', action, subject: 'partnership' } });
const ZCreated = z.object({ id: z.uuid() });
const ZPublished = z.object({ id: z.uuid(), surveyId: z.uuid(), openLinkSlug: z.string().nullable() });

export function partnershipRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/partnership', {
    schema: { tags, params: ZStrategyParams, querystring: ZPartnershipQuery, response: { 200: ZPartnership } },
    config: onStrategy('read'),
  }, async (req) => partnershipOverview(ctx.db, actorOf(req), req.params.strategyId, ctx.config.publicUrl, req.query.versionId));

  // The first draft, or the next one copied from the latest version.
  app.post('/api/v1/strategies/:strategyId/partnership/versions', {
    schema: { tags, params: ZStrategyParams, response: { 201: ZCreated } },
    config: onStrategy('create'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const version = await ctx.db.transaction(async (tx) => startDraft(tx, actor, await loadStrategy(tx, actor, req.params.strategyId)));
    return reply.code(201).send({ id: version.id });
  });

  app.post('/api/v1/strategies/:strategyId/partnership/commitments/from-note', {
    schema: { tags, params: ZStrategyParams, body: ZCommitmentFromNote, response: { 201: ZCreated } },
    config: onStrategy('update'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await ctx.db.transaction(async (tx) => commitmentFromNote(tx, actor, await loadStrategy(tx, actor, req.params.strategyId), req.body));
    return reply.code(201).send({ id: row.id });
  });

  app.patch('/api/v1/partnership-versions/:partnershipVersionId', {
    schema: { tags, params: ZPartnershipVersionParams, body: ZUpdatePartnershipVersion, response: { 200: ZOk } },
    config: onVersion('update'),
  }, async (req) => {
    await ctx.db.transaction((tx) => updateVersion(tx, actorOf(req), req.params.partnershipVersionId, req.body));
    return { ok: true as const };
  });

  app.post('/api/v1/partnership-versions/:partnershipVersionId/commitments', {
    schema: { tags, params: ZPartnershipVersionParams, body: ZCreateCommitment, response: { 201: ZCreated } },
    config: onVersion('update'),
  }, async (req, reply) => {
    const row = await ctx.db.transaction((tx) => addCommitment(tx, actorOf(req), req.params.partnershipVersionId, req.body));
    return reply.code(201).send({ id: row.id });
  });

  app.patch('/api/v1/partnership-versions/:partnershipVersionId/commitments/:commitmentId', {
    schema: { tags, params: ZCommitmentParams, body: ZUpdateCommitment, response: { 200: ZOk } },
    config: onVersion('update'),
  }, async (req) => {
    await ctx.db.transaction((tx) => updateCommitment(tx, actorOf(req), req.params.partnershipVersionId, req.params.commitmentId, req.body));
    return { ok: true as const };
  });

  app.delete('/api/v1/partnership-versions/:partnershipVersionId/commitments/:commitmentId', {
    schema: { tags, params: ZCommitmentParams, response: { 200: ZOk } },
    config: onVersion('update'),
  }, async (req) => {
    await ctx.db.transaction((tx) => deleteCommitment(tx, actorOf(req), req.params.partnershipVersionId, req.params.commitmentId));
    return { ok: true as const };
  });

  app.post('/api/v1/partnership-versions/:partnershipVersionId/commitments/:commitmentId/move', {
    schema: { tags, params: ZCommitmentParams, body: ZMoveCommitment, response: { 200: ZOk } },
    config: onVersion('update'),
  }, async (req) => {
    await ctx.db.transaction((tx) => moveCommitment(tx, actorOf(req), req.params.partnershipVersionId, req.params.commitmentId, req.body.direction));
    return { ok: true as const };
  });

  app.post('/api/v1/partnership-versions/:partnershipVersionId/publish', {
    schema: { tags, params: ZPartnershipVersionParams, response: { 200: ZPublished } },
    config: onVersion('update'),
  }, async (req) => {
    const { version, openLinkSlug } = await publishVersion(ctx, actorOf(req), req.params.partnershipVersionId);
    return { id: version.id, surveyId: version.surveyId!, openLinkSlug };
  });

  app.post('/api/v1/partnership-versions/:partnershipVersionId/agree', {
    schema: { tags, params: ZPartnershipVersionParams, body: ZAgreePartnershipVersion, response: { 200: ZOk } },
    config: onVersion('update'),
  }, async (req) => {
    await ctx.db.transaction((tx) => agreeVersion(tx, actorOf(req), req.params.partnershipVersionId, req.body.reviewOn));
    return { ok: true as const };
  });

  app.get('/api/v1/partnership-versions/:partnershipVersionId/results', {
    schema: { tags, params: ZPartnershipVersionParams, response: { 200: ZPartnershipResults } },
    config: onVersion('read'),
  }, async (req) => partnershipResults(ctx.db, actorOf(req), req.params.partnershipVersionId));
}
