import { ZId, ZOk, ZOrgParams } from '../../../shared/contracts/common.js';
import {
  ZAssessment,
  ZAssessmentList,
  ZComparison,
  ZCompareQuery,
  ZCopyFramework,
  ZCreateAssessment,
  ZCreateFramework,
  ZFramework,
  ZFrameworkList,
  ZUpdateAssessment,
  ZUpdateFramework,
} from '../../../shared/contracts/maturity.js';
import { actorOf, type Access } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import type { Action } from '../../platform/policy.js';
import { completeAssessment } from './commands/complete-assessment.js';
import { copyFramework } from './commands/copy-framework.js';
import { createAssessment } from './commands/create-assessment.js';
import { createFramework } from './commands/create-framework.js';
import { deleteAssessment } from './commands/delete-assessment.js';
import { deleteFramework } from './commands/delete-framework.js';
import { ensureBuiltInFrameworks } from './commands/ensure-built-in-frameworks.js';
import { reopenAssessment } from './commands/reopen-assessment.js';
import { updateAssessment } from './commands/update-assessment.js';
import { updateFramework } from './commands/update-framework.js';
import { assessmentDetail, compareAssessments, frameworkDetail, listAssessments, listFrameworks } from './queries.js';

const ZFrameworkParams = ZOrgParams.extend({ frameworkId: ZId });
const ZAssessmentParams = ZOrgParams.extend({ assessmentId: ZId });
const tags = ['maturity'];
const frameworks = '/api/v1/orgs/:orgId/maturity/frameworks';
const assessments = '/api/v1/orgs/:orgId/maturity/assessments';
const ok = { ok: true } as const;

// Everything hangs off the organisation; records are then loaded within the caller's
// organisation, so an id from elsewhere is "not found".
const access = (action: Action, subject: 'maturity_framework' | 'maturity_assessment'): { access: Access } => ({
  access: { kind: 'member', via: 'orgId', action, subject },
});

export function maturityRoutes(app: App, ctx: AppContext): void {
  app.get(frameworks, {
    schema: { tags, params: ZOrgParams, response: { 200: ZFrameworkList } },
    config: access('read', 'maturity_framework'),
  }, async (req) => {
    const actor = actorOf(req);
    await ensureBuiltInFrameworks(ctx.db, actor.member.organisationId);
    return listFrameworks(ctx.db, actor);
  });

  app.post(frameworks, {
    schema: { tags, params: ZOrgParams, body: ZCreateFramework, response: { 201: ZFramework } },
    config: access('create', 'maturity_framework'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await createFramework(ctx, actor, req.body);
    return reply.code(201).send(await frameworkDetail(ctx.db, actor, row.id));
  });

  app.get(`${frameworks}/:frameworkId`, {
    schema: { tags, params: ZFrameworkParams, response: { 200: ZFramework } },
    config: access('read', 'maturity_framework'),
  }, async (req) => frameworkDetail(ctx.db, actorOf(req), req.params.frameworkId));

  app.patch(`${frameworks}/:frameworkId`, {
    schema: { tags, params: ZFrameworkParams, body: ZUpdateFramework, response: { 200: ZFramework } },
    config: access('update', 'maturity_framework'),
  }, async (req) => {
    const actor = actorOf(req);
    await updateFramework(ctx, actor, req.params.frameworkId, req.body);
    return frameworkDetail(ctx.db, actor, req.params.frameworkId);
  });

  app.delete(`${frameworks}/:frameworkId`, {
    schema: { tags, params: ZFrameworkParams, response: { 200: ZOk } },
    config: access('delete', 'maturity_framework'),
  }, async (req) => {
    await deleteFramework(ctx, actorOf(req), req.params.frameworkId);
    return ok;
  });

  app.post(`${frameworks}/:frameworkId/copy`, {
    schema: { tags, params: ZFrameworkParams, body: ZCopyFramework, response: { 201: ZFramework } },
    config: access('create', 'maturity_framework'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await copyFramework(ctx, actor, req.params.frameworkId, req.body.name);
    return reply.code(201).send(await frameworkDetail(ctx.db, actor, row.id));
  });

  app.get(assessments, {
    schema: { tags, params: ZOrgParams, response: { 200: ZAssessmentList } },
    config: access('read', 'maturity_assessment'),
  }, async (req) => {
    const actor = actorOf(req);
    // The form for a new assessment offers the frameworks, so the built-in one must exist.
    await ensureBuiltInFrameworks(ctx.db, actor.member.organisationId);
    return listAssessments(ctx.db, actor);
  });

  app.get(`${assessments}/compare`, {
    schema: { tags, params: ZOrgParams, querystring: ZCompareQuery, response: { 200: ZComparison } },
    config: access('read', 'maturity_assessment'),
  }, async (req) => compareAssessments(ctx.db, actorOf(req), req.query.from, req.query.to));

  app.post(assessments, {
    schema: { tags, params: ZOrgParams, body: ZCreateAssessment, response: { 201: ZAssessment } },
    config: access('create', 'maturity_assessment'),
  }, async (req, reply) => {
    const actor = actorOf(req);
    const row = await createAssessment(ctx, actor, req.body);
    return reply.code(201).send(await assessmentDetail(ctx.db, actor, row.id));
  });

  app.get(`${assessments}/:assessmentId`, {
    schema: { tags, params: ZAssessmentParams, response: { 200: ZAssessment } },
    config: access('read', 'maturity_assessment'),
  }, async (req) => assessmentDetail(ctx.db, actorOf(req), req.params.assessmentId));

  app.patch(`${assessments}/:assessmentId`, {
    schema: { tags, params: ZAssessmentParams, body: ZUpdateAssessment, response: { 200: ZAssessment } },
    config: access('update', 'maturity_assessment'),
  }, async (req) => {
    const actor = actorOf(req);
    await updateAssessment(ctx, actor, req.params.assessmentId, req.body);
    return assessmentDetail(ctx.db, actor, req.params.assessmentId);
  });

  app.post(`${assessments}/:assessmentId/complete`, {
    schema: { tags, params: ZAssessmentParams, response: { 200: ZAssessment } },
    config: access('update', 'maturity_assessment'),
  }, async (req) => {
    const actor = actorOf(req);
    await completeAssessment(ctx, actor, req.params.assessmentId);
    return assessmentDetail(ctx.db, actor, req.params.assessmentId);
  });

  app.post(`${assessments}/:assessmentId/reopen`, {
    schema: { tags, params: ZAssessmentParams, response: { 200: ZAssessment } },
    config: access('update', 'maturity_assessment'),
  }, async (req) => {
    const actor = actorOf(req);
    await reopenAssessment(ctx, actor, req.params.assessmentId);
    return assessmentDetail(ctx.db, actor, req.params.assessmentId);
  });

  app.delete(`${assessments}/:assessmentId`, {
    schema: { tags, params: ZAssessmentParams, response: { 200: ZOk } },
    config: access('delete', 'maturity_assessment'),
  }, async (req) => {
    await deleteAssessment(ctx, actorOf(req), req.params.assessmentId);
    return ok;
  });
}
