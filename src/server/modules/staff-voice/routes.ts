import { z } from 'zod';
import { ZId } from '../../../shared/contracts/common.js';
import { ZEstateDisagreements, ZStaffVoiceParams, ZSystemStaffVoice } from '../../../shared/contracts/staff-voice.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { estateDisagreements, systemStaffVoice } from './queries.js';

const tags = ['staff voice'];
const read = { kind: 'member', via: 'orgId', action: 'read', subject: 'staff_voice' } as const;

export function staffVoiceRoutes(app: App, ctx: AppContext): void {
  app.get('/api/v1/orgs/:orgId/systems/:systemId/staff-voice', {
    schema: { tags, params: ZStaffVoiceParams, response: { 200: ZSystemStaffVoice } },
    config: { access: read },
  }, async (req) => systemStaffVoice(ctx.db, actorOf(req).member.organisationId, req.params.systemId));

  app.get('/api/v1/orgs/:orgId/estate/disagreements', {
    schema: { tags, params: z.object({ orgId: ZId }), response: { 200: ZEstateDisagreements } },
    config: { access: read },
  }, async (req) => estateDisagreements(ctx.db, actorOf(req).member.organisationId));
}
