import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZId } from '../../../shared/contracts/common.js';
import { ZJob } from '../../../shared/contracts/platform.js';
import { notFound } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { ChorusModule } from '../../platform/module.js';
import { allow, EVERY_ROLE } from '../../platform/policy.js';
import { jobProgress } from '../../platform/tables.js';

allow(EVERY_ROLE, ['read'], 'job');

/** Progress of a background job started by someone in the organisation (imports, exports). */
export const jobsModule: ChorusModule = {
  name: 'jobs',
  routes(app, ctx) {
    app.get('/api/v1/orgs/:orgId/jobs/:jobId', {
      schema: { tags: ['jobs'], params: z.object({ orgId: ZId, jobId: ZId }), response: { 200: ZJob } },
      config: { access: { kind: 'member', via: 'orgId', action: 'read', subject: 'job' } },
    }, async (req) => {
      const [row] = await ctx.db
        .select()
        .from(jobProgress)
        .where(and(eq(jobProgress.id, req.params.jobId), eq(jobProgress.organisationId, actorOf(req).member.organisationId)));
      if (!row) throw notFound('The job');
      return { id: row.id, kind: row.kind, state: row.state, done: row.done, total: row.total, message: row.message, result: row.result };
    });
  },
};
