import { z } from 'zod';
import { ZId, ZStrategyParams, ZSurveyParams } from '../../../shared/contracts/common.js';
import { ZCreateSurvey, ZSurveyBuilder, ZSurveyList, ZSurveySummary, ZUpdateSurvey } from '../../../shared/contracts/surveys.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { closeSurvey } from './commands/close-survey.js';
import { createSurvey } from './commands/create-survey.js';
import { deleteSurvey } from './commands/delete-survey.js';
import { publishSurvey } from './commands/publish-survey.js';
import { reopenSurvey } from './commands/reopen-survey.js';
import { startNextWave } from './commands/start-next-wave.js';
import { updateSurvey } from './commands/update-survey.js';
import { listSurveys, surveyBuilder, surveySummary } from './queries.js';
import { structureRoutes } from './structure-routes.js';

export const tags = ['surveys'];

export function surveyRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/surveys', {
    schema: { tags, params: ZStrategyParams, response: { 200: ZSurveyList } },
    config: { access: { kind: 'member', via: 'strategyId', action: 'read', subject: 'survey' } },
  }, async (req) => ({ surveys: await listSurveys(ctx.db, actorOf(req), req.params.strategyId) }));

  app.post('/api/v1/strategies/:strategyId/surveys', {
    schema: { tags, params: ZStrategyParams, body: ZCreateSurvey, response: { 201: ZSurveySummary } },
    config: { access: { kind: 'member', via: 'strategyId', action: 'create', subject: 'survey' } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await createSurvey(ctx, actor, req.params.strategyId, req.body);
    return reply.code(201).send(await surveySummary(ctx.db, actor, row.id));
  });

  app.get('/api/v1/surveys/:surveyId', {
    schema: { tags, params: ZSurveyParams, response: { 200: ZSurveyBuilder } },
    config: { access: { kind: 'member', via: 'surveyId', action: 'read', subject: 'survey' } },
  }, async (req) => surveyBuilder(ctx.db, actorOf(req), req.params.surveyId));

  app.patch('/api/v1/surveys/:surveyId', {
    schema: { tags, params: ZSurveyParams, body: ZUpdateSurvey, response: { 200: ZSurveySummary } },
    config: { access: { kind: 'member', via: 'surveyId', action: 'update', subject: 'survey' } },
  }, async (req) => {
    const actor = actorOf(req);
    await updateSurvey(ctx, actor, req.params.surveyId, req.body);
    return surveySummary(ctx.db, actor, req.params.surveyId);
  });

  app.delete('/api/v1/surveys/:surveyId', {
    schema: { tags, params: ZSurveyParams, response: { 204: z.null() } },
    config: { access: { kind: 'member', via: 'surveyId', action: 'delete', subject: 'survey' } },
  }, async (req, reply) => {
    await deleteSurvey(ctx, actorOf(req), req.params.surveyId);
    return reply.code(204).send(null);
  });

  const lifecycle = { publish: publishSurvey, close: closeSurvey, reopen: reopenSurvey } as const;
  for (const [verb, command] of Object.entries(lifecycle)) {
    app.post(`/api/v1/surveys/:surveyId/${verb}`, {
      schema: { tags, params: ZSurveyParams, response: { 200: ZSurveySummary } },
      config: { access: { kind: 'member', via: 'surveyId', action: 'manage', subject: 'survey' } },
    }, async (req) => {
      const actor = actorOf(req);
      await command(ctx, actor, req.params.surveyId);
      return surveySummary(ctx.db, actor, req.params.surveyId);
    });
  }

  // Runs the survey again as a new draft linked to it, so measures bound to its questions follow every wave.
  app.post('/api/v1/surveys/:surveyId/next-wave', {
    schema: { tags, params: ZSurveyParams, response: { 201: z.object({ id: ZId }) } },
    config: { access: { kind: 'member', via: 'surveyId', action: 'create', subject: 'survey' } },
  }, async (req, reply) => reply.code(201).send({ id: await startNextWave(ctx, actorOf(req), req.params.surveyId) }));

  structureRoutes(app, ctx);
}
