import {
  ZDistribution,
  ZImportInvitations,
  ZImportInvitationsResult,
  ZSendResult,
  ZSetAccessCode,
  ZSetOpenLink,
} from '../../../shared/contracts/survey-distribution.js';
import { ZSurveyParams } from '../../../shared/contracts/common.js';
import { conflict } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { importInvitations } from './commands/import-invitations.js';
import { sendInvitations } from './commands/send-invitations.js';
import { sendReminders } from './commands/send-reminders.js';
import { setAccessCode } from './commands/set-access-code.js';
import { setOpenLink } from './commands/set-open-link.js';
import { renderPoster } from './pages/poster.js';
import { distributionCounts, loadDistribution, openLinkUrl } from './queries.js';
import { qrSvg } from './qr.js';
import { loadSurveyOf } from './survey-access.js';

const tags = ['survey distribution'];
const base = '/api/v1/surveys/:surveyId';
const can = (action: 'read' | 'update') =>
  ({ access: { kind: 'member', via: 'surveyId', action, subject: 'survey_distribution' } }) as const;
/** A whole trust's staff list pasted at once: 50,000 addresses of ~40 characters, JSON-escaped. */
const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

export function distributionRoutes(app: App, ctx: AppContext): void {
  app.get(`${base}/distribution`, {
    schema: { tags, params: ZSurveyParams, response: { 200: ZDistribution } },
    config: can('read'),
  }, async (req) => loadDistribution(ctx, actorOf(req), req.params.surveyId));

  app.put(`${base}/distribution/open-link`, {
    schema: { tags, params: ZSurveyParams, body: ZSetOpenLink, response: { 200: ZDistribution } },
    config: can('update'),
  }, async (req) => {
    await setOpenLink(ctx, actorOf(req), req.params.surveyId, req.body.enabled);
    return loadDistribution(ctx, actorOf(req), req.params.surveyId);
  });

  app.put(`${base}/distribution/access-code`, {
    schema: { tags, params: ZSurveyParams, body: ZSetAccessCode, response: { 200: ZDistribution } },
    config: can('update'),
  }, async (req) => {
    await setAccessCode(ctx, actorOf(req), req.params.surveyId, req.body.code);
    return loadDistribution(ctx, actorOf(req), req.params.surveyId);
  });

  app.delete(`${base}/distribution/access-code`, {
    schema: { tags, params: ZSurveyParams, response: { 200: ZDistribution } },
    config: can('update'),
  }, async (req) => {
    await setAccessCode(ctx, actorOf(req), req.params.surveyId, null);
    return loadDistribution(ctx, actorOf(req), req.params.surveyId);
  });

  app.post(`${base}/invitations/import`, {
    schema: { tags, params: ZSurveyParams, body: ZImportInvitations, response: { 200: ZImportInvitationsResult } },
    config: can('update'),
    bodyLimit: IMPORT_BODY_LIMIT,
  }, async (req) => {
    const result = await importInvitations(ctx, actorOf(req), req.params.surveyId, req.body.text);
    return { ...result, counts: await distributionCounts(ctx.db, req.params.surveyId) };
  });

  app.post(`${base}/invitations/send`, {
    schema: { tags, params: ZSurveyParams, response: { 200: ZSendResult } },
    config: can('update'),
  }, async (req) => {
    const result = await sendInvitations(ctx, actorOf(req), req.params.surveyId);
    return { ...result, counts: await distributionCounts(ctx.db, req.params.surveyId) };
  });

  app.post(`${base}/invitations/remind`, {
    schema: { tags, params: ZSurveyParams, response: { 200: ZSendResult } },
    config: can('update'),
  }, async (req) => {
    const result = await sendReminders(ctx, actorOf(req), req.params.surveyId);
    return { ...result, counts: await distributionCounts(ctx.db, req.params.surveyId) };
  });

  app.get(`${base}/distribution/qr.svg`, {
    schema: { tags, params: ZSurveyParams, produces: ['image/svg+xml'] },
    config: can('read'),
  }, async (req, reply) => {
    const survey = await loadSurveyOf(ctx.db, actorOf(req).member.organisationId, req.params.surveyId);
    if (!survey.openLinkSlug) throw conflict('Turn the open link on to get its QR code.');
    return reply.type('image/svg+xml').header('cache-control', 'private, no-cache').send(await qrSvg(openLinkUrl(ctx, survey.openLinkSlug)));
  });

  app.get(`${base}/distribution/poster`, {
    schema: { tags, params: ZSurveyParams, produces: ['text/html'] },
    config: can('read'),
  }, async (req, reply) => {
    const survey = await loadSurveyOf(ctx.db, actorOf(req).member.organisationId, req.params.surveyId);
    if (!survey.openLinkSlug) throw conflict('Turn the open link on to print its poster.');
    const html = await renderPoster(survey, openLinkUrl(ctx, survey.openLinkSlug));
    return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-cache').send(html);
  });
}
