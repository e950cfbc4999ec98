import { ZStrategyParams } from '../../../shared/contracts/common.js';
import { ZEvidenceDetail, ZEvidenceItemQuery, ZEvidenceList, ZEvidenceParams, ZEvidenceQuery } from '../../../shared/contracts/evidence.js';
import { AppError } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { loadStrategy } from '../strategies/index.js';
import { analyseWhenStale } from './analysis-on-read.js';
import { evidenceCsv } from './export.js';
import './policy.js';
import { exportRows, listEvidence } from './queries.js';
import { evidenceDetail } from './queries-item.js';

const tags = ['evidence'];
const read = { access: { kind: 'member' as const, via: 'strategyId', action: 'read' as const, subject: 'evidence' } };

export function evidenceRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/strategies/:strategyId/evidence', {
    schema: { tags, params: ZStrategyParams, querystring: ZEvidenceQuery, response: { 200: ZEvidenceList } },
    config: read,
  }, async (req) => {
    const strategy = await loadStrategy(ctx.db, actorOf(req), req.params.strategyId);
    const { page, ...filter } = req.query;
    const [, list] = await Promise.all([
      analyseWhenStale(ctx, strategy.organisationId),
      listEvidence(ctx.db, { organisationId: strategy.organisationId, strategyId: strategy.id }, filter, page),
    ]);
    return list;
  });

  app.get('/api/v1/strategies/:strategyId/evidence.csv', {
    schema: { tags, params: ZStrategyParams, querystring: ZEvidenceQuery },
    config: read,
  }, async (req, reply) => {
    const strategy = await loadStrategy(ctx.db, actorOf(req), req.params.strategyId);
    const { page: _page, ...filter } = req.query;
    await analyseWhenStale(ctx, strategy.organisationId);
    const { refused, quotes } = await exportRows(ctx.db, { organisationId: strategy.organisationId, strategyId: strategy.id }, filter);
    // A download has no page to carry the list's "refused" note: it fails, saying why in plain words.
    if (refused) throw new AppError(403, 'group_too_small', refused);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="evidence.csv"')
      .send(evidenceCsv(quotes));
  });

  app.get('/api/v1/evidence/:evidenceId', {
    schema: { tags, params: ZEvidenceParams, querystring: ZEvidenceItemQuery, response: { 200: ZEvidenceDetail } },
    config: { access: { kind: 'member', via: 'evidenceId', action: 'read', subject: 'evidence' } },
  }, async (req) => evidenceDetail(ctx, actorOf(req), req.params.evidenceId, req.query.original ?? false));
}
