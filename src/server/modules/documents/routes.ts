import { z } from 'zod';
import { ZOk, ZStrategyParams } from '../../../shared/contracts/common.js';
import {
  ZCompareParams,
  ZDocumentPage,
  ZDocumentVersionParams,
  ZFreeSectionInput,
  ZFreeSectionParams,
  ZFreezeVersion,
  ZOutputParams,
  ZStrategyDocumentTree,
  ZUpdateDocument,
  ZVersionComparison,
  ZVersionDetail,
} from '../../../shared/contracts/documents.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { ZUpdateVersion } from '../../../shared/contracts/document-signoff.js';
import { addFreeSection, deleteFreeSection, updateFreeSection } from './commands/free-sections.js';
import { deleteVersion } from './commands/delete-version.js';
import { freezeVersion } from './commands/freeze-version.js';
import { publishVersion } from './commands/publish-version.js';
import { assertPublishable } from './publish-gate.js';
import { updateDocument } from './commands/update-document.js';
import { updateVersion } from './commands/update-version.js';
import { attachment, OUTPUT_FILES } from './output-files.js';
import { compareVersions, documentPage, outputFile, versionDetail, youSaidWeDid } from './queries.js';

const tags = ['documents'];
const onStrategy = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'strategyId', action, subject: 'document' } });
const onVersion = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'documentVersionId', action, subject: 'document' } });
const ZCreated = z.object({ id: z.uuid() });

export function documentRoutes(app: App, ctx: AppContext): void {
  const publicUrl = ctx.config.publicUrl;

  app.get('/api/v1/strategies/:strategyId/document', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZDocumentPage } },
    config: onStrategy('read'),
  }, async (req) => documentPage(ctx.db, actorOf(req), req.params.strategyId, publicUrl));

  app.patch('/api/v1/strategies/:strategyId/document', {
    schema: { tags, params: ZStrategyParams, body: ZUpdateDocument, response: { 200: ZOk } },
    config: onStrategy('update'),
  }, async (req) => {
    await updateDocument(ctx, actorOf(req), req.params.strategyId, req.body);
    return { ok: true as const };
  });

  app.post('/api/v1/strategies/:strategyId/document/sections', {
    schema: { tags, params: ZStrategyParams, body: ZFreeSectionInput, response: { 201: ZCreated } },
    config: onStrategy('update'),
  }, async (req, reply) => reply.code(201).send({ id: (await addFreeSection(ctx, actorOf(req), req.params.strategyId, req.body)).id }));

  app.patch('/api/v1/strategies/:strategyId/document/sections/:sectionId', {
    schema: { tags, params: ZFreeSectionParams, body: ZFreeSectionInput, response: { 200: ZOk } },
    config: onStrategy('update'),
  }, async (req) => {
    await updateFreeSection(ctx, actorOf(req), req.params.strategyId, req.params.sectionId, req.body);
    return { ok: true as const };
  });

  app.delete('/api/v1/strategies/:strategyId/document/sections/:sectionId', {
    schema: { tags, params: ZFreeSectionParams, response: { 200: ZOk } },
    config: onStrategy('update'),
  }, async (req) => {
    await deleteFreeSection(ctx, actorOf(req), req.params.strategyId, req.params.sectionId);
    return { ok: true as const };
  });

  app.post('/api/v1/strategies/:strategyId/document/versions', {
    schema: { tags, params: ZStrategyParams, body: ZFreezeVersion, response: { 201: z.object({ id: z.uuid(), number: z.number().int() }) } },
    config: onStrategy('create'),
  }, async (req, reply) => {
    const version = await freezeVersion(ctx, actorOf(req), req.params.strategyId, req.body, publicUrl);
    return reply.code(201).send({ id: version.id, number: version.number });
  });

  app.get('/api/v1/strategies/:strategyId/you-said-we-did', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZStrategyDocumentTree } },
    config: onStrategy('read'),
  }, async (req) => youSaidWeDid(ctx.db, actorOf(req), req.params.strategyId));

  app.get('/api/v1/document-versions/:documentVersionId', {
    schema: { tags, params: ZDocumentVersionParams, response: { 200: ZVersionDetail } },
    config: onVersion('read'),
  }, async (req) => versionDetail(ctx.db, actorOf(req), req.params.documentVersionId, publicUrl));

  app.post('/api/v1/document-versions/:documentVersionId/publish', {
    schema: { tags, params: ZDocumentVersionParams, response: { 200: z.object({ address: z.string(), number: z.number().int() }) } },
    config: onVersion('update'),
  }, async (req) => {
    const published = await publishVersion(ctx, actorOf(req), req.params.documentVersionId, assertPublishable);
    return { address: `${publicUrl.replace(/\/$/, '')}/p/${published.slug}`, number: published.number };
  });

  // A version's note may be corrected, and one frozen by mistake deleted, unless sign-off has locked it.
  app.patch('/api/v1/document-versions/:documentVersionId', {
    schema: { tags, params: ZDocumentVersionParams, body: ZUpdateVersion, response: { 200: ZOk } },
    config: onVersion('update'),
  }, async (req) => {
    await updateVersion(ctx, actorOf(req), req.params.documentVersionId, req.body);
    return { ok: true as const };
  });

  app.delete('/api/v1/document-versions/:documentVersionId', {
    schema: { tags, params: ZDocumentVersionParams, response: { 200: ZOk } },
    config: onVersion('delete'),
  }, async (req) => {
    await deleteVersion(ctx, actorOf(req), req.params.documentVersionId);
    return { ok: true as const };
  });

  app.get('/api/v1/document-versions/:documentVersionId/compare/:otherId', {
    schema: { tags, params: ZCompareParams, response: { 200: ZVersionComparison } },
    config: onVersion('read'),
  }, async (req) => compareVersions(ctx.db, actorOf(req), req.params.documentVersionId, req.params.otherId, publicUrl));

  app.get('/api/v1/document-versions/:documentVersionId/outputs/:kind', {
    schema: { tags, params: ZOutputParams },
    config: onVersion('read'),
  }, async (req, reply) => {
    const file = await outputFile(ctx.db, actorOf(req), req.params.documentVersionId, req.params.kind);
    return reply
      .header('content-type', OUTPUT_FILES[req.params.kind].type)
      .header('content-disposition', attachment(file.version.content.title, file.version.number, req.params.kind))
      .header('x-content-sha256', file.sha256)
      .send(file.bytes);
  });
}
