import { ZEvidenceParams } from '../../../shared/contracts/evidence.js';
import { ZInsightParams } from '../../../shared/contracts/insights.js';
import { ZSupports } from '../../../shared/contracts/traceability.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { supportsOfEvidence, supportsOfInsights } from './queries.js';

const tags = ['traceability'];

export function traceabilityRoutes(app: App, ctx: AppContext): void {
  // Whoever may read insights (the team and leaders) may see what each one led to.
  app.get('/api/v1/insights/:insightId/supports', {
    schema: { tags, params: ZInsightParams, response: { 200: ZSupports } },
    config: { access: { kind: 'member', via: 'insightId', action: 'read', subject: 'insight' } },
  }, async (req) => supportsOfInsights(ctx.db, actorOf(req).member.organisationId, [req.params.insightId]));

  // The evidence library is the team's; so is the walk up from one of its items.
  app.get('/api/v1/evidence/:evidenceId/supports', {
    schema: { tags, params: ZEvidenceParams, response: { 200: ZSupports } },
    config: { access: { kind: 'member', via: 'evidenceId', action: 'read', subject: 'evidence' } },
  }, async (req) => supportsOfEvidence(ctx.db, actorOf(req).member.organisationId, req.params.evidenceId));
}
