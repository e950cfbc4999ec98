import { z } from 'zod';
import { ZOk } from '../../../../shared/contracts/common.js';
import { ZConsultationCommentParams, ZConsultationPage, ZOpenConsultation, ZRecordHandling, ZReplyToComment } from '../../../../shared/contracts/consultation.js';
import { ZDocumentVersionParams } from '../../../../shared/contracts/documents.js';
import { actorOf, type Access } from '../../../platform/http/access.js';
import type { App, AppContext } from '../../../platform/module.js';
import type { Action } from '../../../platform/policy.js';
import { strategyDocx } from '../render/docx/strategy-docx.js';
import { fileStem } from '../output-files.js';
import { closeConsultation } from './commands/close-consultation.js';
import { openConsultation } from './commands/open-consultation.js';
import { recordHandling } from './commands/record-handling.js';
import { replyToComment } from './commands/reply-to-comment.js';
import { requireConsultation } from './load.js';
import './policy.js';
import { consultationDetail, consultationPage } from './queries.js';
import { readingRoutes } from './reading-routes.js';
import { consultationReport } from './report.js';

const tags = ['documents'];
const onVersion = (action: Action): { access: Access } => ({ access: { kind: 'member', via: 'documentVersionId', action, subject: 'consultation' } });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A staff consultation on a frozen version: the team's API, and the draft's reading pages for staff. */
export function consultationRoutes(app: App, ctx: AppContext): void {
  const publicUrl = ctx.config.publicUrl;
  const base = '/api/v1/document-versions/:documentVersionId/consultation';

  app.get(base, {
    schema: { tags, params: ZDocumentVersionParams, response: { 200: ZConsultationPage } },
    config: onVersion('read'),
  }, async (req) => consultationPage(ctx.db, actorOf(req), req.params.documentVersionId, publicUrl));

  app.post(base, {
    schema: { tags, params: ZDocumentVersionParams, body: ZOpenConsultation, response: { 201: z.object({ id: z.uuid(), surveyId: z.uuid(), openLinkSlug: z.string().nullable() }) } },
    config: onVersion('create'),
  }, async (req, reply) => {
    const opened = await openConsultation(ctx, actorOf(req), req.params.documentVersionId, req.body);
    return reply.code(201).send({ id: opened.consultation.id, surveyId: opened.consultation.surveyId!, openLinkSlug: opened.openLinkSlug });
  });

  app.post(`${base}/close`, {
    schema: { tags, params: ZDocumentVersionParams, response: { 200: ZOk } },
    config: onVersion('update'),
  }, async (req) => {
    await closeConsultation(ctx, actorOf(req), req.params.documentVersionId);
    return { ok: true as const };
  });

  app.post(`${base}/comments/:evidenceId/reply`, {
    schema: { tags, params: ZConsultationCommentParams, body: ZReplyToComment, response: { 200: ZOk } },
    config: onVersion('update'),
  }, async (req) => {
    await replyToComment(ctx, actorOf(req), req.params.documentVersionId, req.params.evidenceId, req.body.reply);
    return { ok: true as const };
  });

  app.post(`${base}/comments/:evidenceId/handling`, {
    schema: { tags, params: ZConsultationCommentParams, body: ZRecordHandling, response: { 200: ZOk } },
    config: onVersion('update'),
  }, async (req) => {
    await recordHandling(ctx, actorOf(req), req.params.documentVersionId, req.params.evidenceId, req.body);
    return { ok: true as const };
  });

  app.get(`${base}/report.docx`, {
    schema: { tags, params: ZDocumentVersionParams },
    config: onVersion('read'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { version, consultation } = await requireConsultation(ctx.db, actor, req.params.documentVersionId);
    const detail = await consultationDetail(ctx.db, actor, consultation, publicUrl);
    const bytes = await strategyDocx(consultationReport(detail, version));
    return reply
      .header('content-type', DOCX)
      .header('content-disposition', `attachment; filename="${fileStem(version.content.title, version.number)}-consultation-report.docx"`)
      .header('cache-control', 'no-store')
      .send(bytes);
  });

  readingRoutes(app, ctx);
}
