import { desc, eq, inArray, or } from 'drizzle-orm';
import { z } from 'zod';
import { ZId } from '../../../shared/contracts/common.js';
import { ZOutboxPage } from '../../../shared/contracts/platform.js';
import { actorOf } from '../../platform/http/access.js';
import type { ChorusModule } from '../../platform/module.js';
import { outboxMessages } from '../../platform/tables.js';
import { memberships } from '../organisations/index.js';

/**
 * Without SMTP, messages wait here and admins pass them on by hand (or read a colleague's
 * password-reset link to them). Admins see their organisation's messages and account
 * messages of their members.
 */
export const outboxModule: ChorusModule = {
  name: 'outbox',
  routes(app, ctx) {
    app.get('/api/v1/orgs/:orgId/outbox', {
      schema: { tags: ['outbox'], params: z.object({ orgId: ZId }), response: { 200: ZOutboxPage } },
      config: { access: { kind: 'member', via: 'orgId', action: 'read', subject: 'outbox' } },
    }, async (req) => {
      const organisationId = actorOf(req).member.organisationId;
      const members = ctx.db
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(eq(memberships.organisationId, organisationId));
      const rows = await ctx.db
        .select()
        .from(outboxMessages)
        .where(or(eq(outboxMessages.organisationId, organisationId), inArray(outboxMessages.userId, members)))
        .orderBy(desc(outboxMessages.createdAt))
        .limit(200);
      return {
        delivery: ctx.mailer.delivery,
        messages: rows.map((r) => ({
          id: r.id,
          to: r.to,
          subject: r.subject,
          text: r.text,
          status: r.status,
          createdAt: r.createdAt.toISOString(),
        })),
      };
    });
  },
};
