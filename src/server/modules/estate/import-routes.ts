import { z } from 'zod';
import { ZOrgParams } from '../../../shared/contracts/common.js';
import { ZRegisterImportOptions, ZRegisterImportPreview, ZRegisterImportResult } from '../../../shared/contracts/estate-views.js';
import { badRequest } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { importFormAsBody } from './multipart.js';
import { commitRegisterImport, previewRegisterImport, type RegisterImportInput } from './commands/import-register.js';

/**
 * The form posts `multipart/form-data` (file, mapping as JSON text, mode); scripts may instead send
 * JSON with the file as base64, as the survey results import does. Both become this shape.
 * 5,000 systems fit well within 10 MB.
 */
const ZRegisterImportRequest = ZRegisterImportOptions.extend({
  fileName: z.string().trim().min(1, { error: 'Give the file name' }).max(255, { error: 'The file name must be 255 characters or fewer' }),
  content: z.string({ error: 'Choose a file to import' }).min(1, { error: 'Choose a file to import' }),
});
const REGISTER_IMPORT_BODY_LIMIT = 10 * 1024 * 1024;
const tags = ['estate'];
const base = '/api/v1/orgs/:orgId/systems/import';

function inputOf(body: z.infer<typeof ZRegisterImportRequest>): RegisterImportInput {
  const { content, ...rest } = body;
  const bytes = Buffer.from(content, 'base64');
  if (bytes.length === 0) throw badRequest('The file could not be read: send its bytes encoded as base64.', [{ field: 'content', message: 'Send the file as base64' }]);
  return { ...rest, bytes };
}

export function importRoutes(app: App, ctx: AppContext): void {
  // Scoped to these two routes (an encapsulated plugin), so no other route starts accepting uploads.
  void app.register(async (scope: App) => {
    scope.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: REGISTER_IMPORT_BODY_LIMIT }, (req, body, done) => {
      try {
        done(null, importFormAsBody(body as Buffer, String(req.headers['content-type'] ?? '')));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
    routesIn(scope, ctx);
  });
}

function routesIn(app: App, ctx: AppContext): void {
  // Preview writes nothing but still needs the right to import: it shows what would change.
  app.post(`${base}/preview`, {
    bodyLimit: REGISTER_IMPORT_BODY_LIMIT,
    schema: { tags, params: ZOrgParams, body: ZRegisterImportRequest, response: { 200: ZRegisterImportPreview } },
    config: { access: { kind: 'member', via: 'orgId', action: 'create', subject: 'estate' } },
  }, async (req) => previewRegisterImport(ctx, actorOf(req), inputOf(req.body)));

  app.post(base, {
    bodyLimit: REGISTER_IMPORT_BODY_LIMIT,
    schema: { tags, params: ZOrgParams, body: ZRegisterImportRequest, response: { 201: ZRegisterImportResult } },
    config: { access: { kind: 'member', via: 'orgId', action: 'create', subject: 'estate' } },
  }, async (req, reply) => reply.code(201).send(await commitRegisterImport(ctx, actorOf(req), inputOf(req.body))));
}
