import { z } from 'zod';
import { ZSignOffDecision, ZSignOffPage, ZSubmitForSignOff, ZVerifyFile, ZVerifyResult } from '../../../../shared/contracts/document-signoff.js';
import { ZDocumentVersionParams } from '../../../../shared/contracts/documents.js';
import { actorOf, type Access } from '../../../platform/http/access.js';
import type { App, AppContext } from '../../../platform/module.js';
import type { Action } from '../../../platform/policy.js';
import { decideSignOff } from './commands/decide-sign-off.js';
import { submitForSignOff } from './commands/submit-for-sign-off.js';
import { withdrawSignOff } from './commands/withdraw-sign-off.js';
import './policy.js';
import { signOffPage, verifySignedOffFile } from './queries.js';

const tags = ['documents'];
const base = '/api/v1/document-versions/:documentVersionId/sign-off';
const onVersion = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'documentVersionId', action, subject: 'document_signoff' } });
/** A 20 MB file is about 27 MB as base64, plus the JSON around it. */
const VERIFY_BODY_LIMIT = 28 * 1024 * 1024;

export function signOffRoutes(app: App, ctx: AppContext): void {
  app.get(base, {
    schema: { tags, params: ZDocumentVersionParams, response: { 200: ZSignOffPage } },
    config: onVersion('read'),
  }, async (req) => signOffPage(ctx.db, actorOf(req), req.params.documentVersionId));

  app.post(base, {
    schema: { tags, params: ZDocumentVersionParams, body: ZSubmitForSignOff, response: { 201: z.object({ id: z.uuid() }) } },
    config: onVersion('create'),
  }, async (req, reply) => reply.code(201).send({ id: (await submitForSignOff(ctx, actorOf(req), req.params.documentVersionId, req.body)).id }));

  app.post(`${base}/decision`, {
    schema: { tags, params: ZDocumentVersionParams, body: ZSignOffDecision, response: { 200: z.object({ status: z.enum(['in_review', 'changes_requested', 'signed_off']) }) } },
    config: onVersion('update'),
  }, async (req) => decideSignOff(ctx, actorOf(req), req.params.documentVersionId, req.body));

  app.post(`${base}/withdraw`, {
    schema: { tags, params: ZDocumentVersionParams, response: { 200: z.object({ ok: z.literal(true) }) } },
    config: onVersion('delete'),
  }, async (req) => {
    await withdrawSignOff(ctx, actorOf(req), req.params.documentVersionId);
    return { ok: true as const };
  });

  // A check writes nothing, so it is a read: anyone who may see the version may check a file against it.
  app.post(`${base}/verify`, {
    bodyLimit: VERIFY_BODY_LIMIT,
    schema: { tags, params: ZDocumentVersionParams, body: ZVerifyFile, response: { 200: ZVerifyResult } },
    config: onVersion('read'),
  }, async (req) => verifySignedOffFile(ctx.db, actorOf(req), req.params.documentVersionId, req.body));
}
