import { z } from 'zod';
import { ZId } from '../../../shared/contracts/common.js';
import { ZParticipation } from '../../../shared/contracts/participation.js';
import { actorOf } from '../../platform/http/access.js';
import type { App, AppContext } from '../../platform/module.js';
import { participationOf } from './queries.js';

export function participationRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/orgs/:orgId/me/participation',
    {
      schema: { tags: ['participation'], params: z.object({ orgId: ZId }), response: { 200: ZParticipation } },
      config: { access: { kind: 'member', via: 'orgId', action: 'read', subject: 'participation' } },
    },
    async (req) => participationOf(ctx.db, actorOf(req)),
  );
}
