import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZId, ZSurveyParams } from '../../../shared/contracts/common.js';
import { ZCoverage, ZQuestionResult, ZResultsFilter, ZResultsOverview } from '../../../shared/contracts/results.js';
import { notFound } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { surveyResponses } from '../surveys/index.js';
import { coverage } from './coverage.js';
import { COVERAGE_CSV_HEADER, RESULT_CSV_HEADER, coverageCsvRows, resultCsvRows, toCsv } from './csv.js';
import { loadResultsContext } from './load.js';
import { present, questionResult } from './question-results.js';
import { ALL } from '../../platform/anonymity.js';

const tags = ['results'];
const read = { kind: 'member', via: 'surveyId', action: 'read', subject: 'survey_result' } as const;

export function resultRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/surveys/:surveyId/results', {
    schema: { tags, params: ZSurveyParams, response: { 200: ZResultsOverview } },
    config: { access: read },
  }, async (req) => {
    const { survey, definition, profile, cubes } = await loadResultsContext(ctx.db, actorOf(req), req.params.surveyId);
    const sectionTitle = new Map(definition.sections.map((s) => [s.id, s.title]));
    return {
      survey: { id: survey.id, title: survey.title, anonymous: survey.anonymous, status: survey.status },
      threshold: cubes.threshold,
      respondents: present(cubes.respondents.get([ALL, ALL, ALL])),
      segments: profile,
      questions: definition.questions.map((q) => ({ id: q.id, title: q.title, type: q.type, sectionTitle: sectionTitle.get(q.sectionId) ?? '' })),
    };
  });

  app.get('/api/v1/surveys/:surveyId/results/:questionId', {
    schema: { tags, params: z.object({ surveyId: ZId, questionId: ZId }), querystring: ZResultsFilter, response: { 200: ZQuestionResult } },
    config: { access: read },
  }, async (req) => {
    const loaded = await loadResultsContext(ctx.db, actorOf(req), req.params.surveyId);
    const question = loaded.definition.questions.find((q) => q.id === req.params.questionId);
    if (!question) throw notFound('The question');
    return questionResult({ db: ctx.db, surveyId: loaded.survey.id, question, profile: loaded.profile, cubes: loaded.cubes, filter: req.query, segmentLabels: loaded.segmentLabels });
  });

  const ZCoverageQuery = z.object({
    targetRate: z.coerce.number({ error: 'Target rate must be a number between 0 and 1' }).min(0.01, { error: 'Target rate must be at least 1%' }).max(1, { error: 'Target rate must be 100% or less' }).default(0.3),
  });
  app.get('/api/v1/surveys/:surveyId/coverage', {
    schema: { tags, params: ZSurveyParams, querystring: ZCoverageQuery, response: { 200: ZCoverage } },
    config: { access: read },
  }, async (req) => {
    const actor = actorOf(req);
    const { profile, cubes } = await loadResultsContext(ctx.db, actor, req.params.surveyId);
    return coverage(ctx.db, actor.member.organisationId, profile, cubes, req.query.targetRate);
  });

  // The same figures and statuses as the coverage page, from the same function.
  app.get('/api/v1/surveys/:surveyId/coverage.csv', {
    schema: { tags, params: ZSurveyParams, querystring: ZCoverageQuery },
    config: { access: read },
  }, async (req, reply) => {
    const actor = actorOf(req);
    const { profile, cubes } = await loadResultsContext(ctx.db, actor, req.params.surveyId);
    const body = await coverage(ctx.db, actor.member.organisationId, profile, cubes, req.query.targetRate);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="survey-coverage.csv"`)
      .send(toCsv(COVERAGE_CSV_HEADER, coverageCsvRows(body)));
  });

  app.get('/api/v1/surveys/:surveyId/results.csv', {
    schema: { tags, params: ZSurveyParams, querystring: ZResultsFilter },
    config: { access: read },
  }, async (req, reply) => {
    const loaded = await loadResultsContext(ctx.db, actorOf(req), req.params.surveyId);
    const rows: unknown[][] = [];
    for (const question of loaded.definition.questions) {
      const result = await questionResult({ db: ctx.db, surveyId: loaded.survey.id, question, profile: loaded.profile, cubes: loaded.cubes, filter: req.query, segmentLabels: loaded.segmentLabels });
      rows.push(...resultCsvRows(result));
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="survey-results.csv"`)
      .send(toCsv(RESULT_CSV_HEADER, rows));
  });

  app.get('/api/v1/surveys/:surveyId/responses.csv', {
    schema: { tags, params: ZSurveyParams },
    config: { access: { kind: 'member', via: 'surveyId', action: 'manage', subject: 'survey_response' } },
  }, async (req, reply) => {
    const loaded = await loadResultsContext(ctx.db, actorOf(req), req.params.surveyId);
    const { definition, profile, segmentLabels } = loaded;
    const responses = await ctx.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, loaded.survey.id))
      // Ordered by a random id, never by arrival: the order must not hint at who answered when.
      .orderBy(asc(surveyResponses.id));
    const label = (q: (typeof definition.questions)[number], key: string) =>
      q.options.find((o) => o.key === key)?.label ??
      (q.dimension ? profile[q.dimension].find((c) => c.key === key)?.label : undefined) ??
      key;
    const rows = responses.map((response) => {
      const answers = response.answers;
      return [
        response.id,
        response.submittedOn,
        segmentLabels.staff_group.get(response.staffGroupId ?? '') ?? 'Not stated',
        segmentLabels.division.get(response.divisionId ?? '') ?? 'Not stated',
        segmentLabels.site.get(response.siteId ?? '') ?? 'Not stated',
        ...definition.questions.map((q) => {
          const value = answers[q.id];
          if (value === undefined || value === null) return '';
          if (typeof value === 'number') return value;
          if (typeof value === 'string') return q.type === 'short_text' || q.type === 'long_text' ? value : label(q, value);
          if (Array.isArray(value)) return value.map((key) => label(q, key)).join(q.type === 'ranking' ? ' > ' : '; ');
          // Row (or system) → level.
          return Object.entries(value).map(([key, level]) => `${(q.type === 'systems' ? q.options : q.rows).find((r) => r.key === key)?.label ?? key}: ${level}`).join('; ');
        }),
      ];
    });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="survey-responses.csv"`)
      .send(toCsv(['Response', 'Day submitted', 'Staff group', 'Division', 'Site', ...definition.questions.map((q) => q.title)], rows));
  });
}
