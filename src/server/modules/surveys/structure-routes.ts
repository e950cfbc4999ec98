import { z } from 'zod';
import { ZId, ZSurveyParams } from '../../../shared/contracts/common.js';
import {
  ZBuilderResult,
  ZCreateQuestion,
  ZMoveQuestion,
  ZMoveSection,
  ZSectionInput,
  ZUpdateQuestion,
  ZUpdateSection,
} from '../../../shared/contracts/surveys.js';
import { actorOf, type Actor } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { createQuestion } from './commands/create-question.js';
import { createSection } from './commands/create-section.js';
import { deleteQuestion } from './commands/delete-question.js';
import { deleteSection } from './commands/delete-section.js';
import { duplicateQuestion } from './commands/duplicate-question.js';
import { moveQuestion } from './commands/move-question.js';
import { moveSection } from './commands/move-section.js';
import { updateQuestion } from './commands/update-question.js';
import { updateSection } from './commands/update-section.js';
import { surveyBuilder } from './queries.js';

// Sections and questions are addressed under their survey: the gate resolves the
// organisation from :surveyId, and each command finds the section or question within that
// survey only, so an id from another survey is simply not found.
const ZSectionParams = z.object({ surveyId: ZId, sectionId: ZId });
const ZQuestionParams = z.object({ surveyId: ZId, questionId: ZId });
const tags = ['surveys'];
const edit = { access: { kind: 'member', via: 'surveyId', action: 'update', subject: 'survey' } } as const;
const response = { 200: ZBuilderResult, 201: ZBuilderResult };

const result = async (ctx: AppContext, actor: Actor, surveyId: string, changedId: string | null) => ({
  ...(await surveyBuilder(ctx.db, actor, surveyId)),
  changedId,
});

export function structureRoutes(app: App, ctx: AppContext): void {
  app.post('/api/v1/surveys/:surveyId/sections', { schema: { tags, params: ZSurveyParams, body: ZSectionInput, response }, config: edit }, async (req, reply) => {
    const actor = actorOf(req);
    const section = await createSection(ctx, actor, req.params.surveyId, req.body);
    return reply.code(201).send(await result(ctx, actor, req.params.surveyId, section.id));
  });

  app.patch('/api/v1/surveys/:surveyId/sections/:sectionId', { schema: { tags, params: ZSectionParams, body: ZUpdateSection, response }, config: edit }, async (req) => {
    const actor = actorOf(req);
    await updateSection(ctx, actor, req.params.surveyId, req.params.sectionId, req.body);
    return result(ctx, actor, req.params.surveyId, req.params.sectionId);
  });

  app.delete('/api/v1/surveys/:surveyId/sections/:sectionId', { schema: { tags, params: ZSectionParams, response }, config: edit }, async (req) => {
    const actor = actorOf(req);
    await deleteSection(ctx, actor, req.params.surveyId, req.params.sectionId);
    return result(ctx, actor, req.params.surveyId, null);
  });

  app.post('/api/v1/surveys/:surveyId/sections/:sectionId/move', { schema: { tags, params: ZSectionParams, body: ZMoveSection, response }, config: edit }, async (req) => {
    const actor = actorOf(req);
    await moveSection(ctx, actor, req.params.surveyId, req.params.sectionId, req.body);
    return result(ctx, actor, req.params.surveyId, req.params.sectionId);
  });

  app.post('/api/v1/surveys/:surveyId/questions', { schema: { tags, params: ZSurveyParams, body: ZCreateQuestion, response }, config: edit }, async (req, reply) => {
    const actor = actorOf(req);
    const question = await createQuestion(ctx, actor, req.params.surveyId, req.body);
    return reply.code(201).send(await result(ctx, actor, req.params.surveyId, question.id));
  });

  app.patch('/api/v1/surveys/:surveyId/questions/:questionId', { schema: { tags, params: ZQuestionParams, body: ZUpdateQuestion, response }, config: edit }, async (req) => {
    const actor = actorOf(req);
    await updateQuestion(ctx, actor, req.params.surveyId, req.params.questionId, req.body);
    return result(ctx, actor, req.params.surveyId, req.params.questionId);
  });

  app.delete('/api/v1/surveys/:surveyId/questions/:questionId', { schema: { tags, params: ZQuestionParams, response }, config: edit }, async (req) => {
    const actor = actorOf(req);
    await deleteQuestion(ctx, actor, req.params.surveyId, req.params.questionId);
    return result(ctx, actor, req.params.surveyId, null);
  });

  app.post('/api/v1/surveys/:surveyId/questions/:questionId/duplicate', { schema: { tags, params: ZQuestionParams, response }, config: edit }, async (req, reply) => {
    const actor = actorOf(req);
    const copy = await duplicateQuestion(ctx, actor, req.params.surveyId, req.params.questionId);
    return reply.code(201).send(await result(ctx, actor, req.params.surveyId, copy.id));
  });

  app.post('/api/v1/surveys/:surveyId/questions/:questionId/move', { schema: { tags, params: ZQuestionParams, body: ZMoveQuestion, response }, config: edit }, async (req) => {
    const actor = actorOf(req);
    await moveQuestion(ctx, actor, req.params.surveyId, req.params.questionId, req.body);
    return result(ctx, actor, req.params.surveyId, req.params.questionId);
  });
}
