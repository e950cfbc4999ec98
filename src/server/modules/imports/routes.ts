import { ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZImportDone, ZImportHistory, ZImportPreview, ZImportQueued, ZImportRequest, type ImportRequest } from '../../../shared/contracts/imports.js';
import { badRequest } from '../../platform/errors.js';
import { actorOf, type Actor } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { importFile, previewImport, type ImportInput } from './commands/import-file.js';
import { enqueueImport } from './jobs.js';
import { JOB_THRESHOLD_ROWS } from './prepare.js';
import { listImports, type Importer } from './queries.js';

const tags = ['imports'];
/**
 * The file travels as base64 in JSON, so these two routes (only) accept far more than the
 * app's 100 KB: 50 MB of JSON holds an export of about 37 MB.
 */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;
const access = (action: 'create' | 'read') => ({ kind: 'member', via: 'strategyId', action, subject: 'survey_import' }) as const;

const importerOf = (actor: Actor): Importer => ({ organisationId: actor.member.organisationId, userId: actor.user.id, name: actor.user.name });

function inputOf(strategyId: string, body: ImportRequest): ImportInput {
  const { fileName, content, ...options } = body;
  const bytes = Buffer.from(content, 'base64');
  if (bytes.length === 0 && content.trim() !== '') throw badRequest('The file could not be read: send its bytes encoded as base64.', [{ field: 'content', message: 'Send the file as base64' }]);
  return { strategyId, fileName, bytes, options };
}

export function importRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/strategies/:strategyId/imports/preview', {
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: { tags, params: ZStrategyParams, body: ZImportRequest, response: { 200: ZImportPreview } },
    config: { access: access('create') },
  }, async (req) => {
    const prepared = await previewImport(ctx.db, importerOf(actorOf(req)), inputOf(req.params.strategyId, req.body));
    return prepared.preview;
  });

  app.post('/api/v1/strategies/:strategyId/imports', {
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: { tags, params: ZStrategyParams, body: ZImportRequest, response: { 201: ZImportDone, 202: ZImportQueued } },
    config: { access: access('create') },
  }, async (req, reply) => {
    const who = importerOf(actorOf(req));
    const input = inputOf(req.params.strategyId, req.body);
    const { preview } = await previewImport(ctx.db, who, input);
    if (preview.canImport && preview.rowCount > JOB_THRESHOLD_ROWS) {
      const jobId = await enqueueImport(ctx, who, input);
      return reply.code(202).send({ status: 'queued', jobId, organisationId: who.organisationId });
    }
    // Small files run here; a file with problems is refused by importFile with the same problems.
    return reply.code(201).send(await importFile(ctx.database, who, input));
  });

  app.get('/api/v1/strategies/:strategyId/imports', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZImportHistory } },
    config: { access: access('read') },
  }, async (req) => {
    const actor = actorOf(req);
    return { imports: await listImports(ctx.db, actor.member.organisationId, req.params.strategyId) };
  });
}
