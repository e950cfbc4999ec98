import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { ZId } from '../../../shared/contracts/common.js';
import { ZAuditPage, ZAuditQuery } from '../../../shared/contracts/audit.js';
import { badRequest } from '../../platform/errors.js';
import { actorOf } from '../../platform/http/access.js';
import type { ChorusModule } from '../../platform/module.js';
import { allow } from '../../platform/policy.js';
import { auditEvents } from '../../platform/tables.js';
import { labelKey, recordLabels } from './labels.js';

allow(['admin'], ['read'], 'audit');

// The cursor keeps the database's microseconds: a JavaScript Date would round them to
// milliseconds and skip events on PostgreSQL.
const CURSOR_AT = sql<string>`to_char(${auditEvents.createdAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at = '', id = ''] = cursor.split('|');
  if (!UUID.test(id) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(at)) {
    throw badRequest('The page cursor is not valid; start again from the first page', [{ field: 'cursor', message: 'Cursor is not valid' }]);
  }
  return { at, id };
}

export const auditModule: ChorusModule = {
  name: 'audit',
  routes(app, ctx) {
    app.get('/api/v1/orgs/:orgId/audit', {
      schema: { tags: ['audit'], params: z.object({ orgId: ZId }), querystring: ZAuditQuery, response: { 200: ZAuditPage } },
      config: { access: { kind: 'member', via: 'orgId', action: 'read', subject: 'audit' } },
    }, async (req) => {
      const actor = actorOf(req);
      const q = req.query;
      const org = eq(auditEvents.organisationId, actor.member.organisationId);
      const filters: SQL[] = [org];
      if (q.action) filters.push(eq(auditEvents.action, q.action));
      if (q.actorUserId) filters.push(eq(auditEvents.actorUserId, q.actorUserId));
      if (q.subjectType) filters.push(eq(auditEvents.subjectType, q.subjectType));
      if (q.from) filters.push(gte(auditEvents.createdAt, new Date(`${q.from}T00:00:00Z`)));
      if (q.to) filters.push(lt(auditEvents.createdAt, new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000)));
      if (q.cursor) {
        const { at, id } = decodeCursor(q.cursor);
        filters.push(sql`(${auditEvents.createdAt}, ${auditEvents.id}) < (${at}::timestamptz, ${id}::uuid)`);
      }
      const rows = await ctx.db
        .select({ event: auditEvents, cursorAt: CURSOR_AT })
        .from(auditEvents)
        .where(and(...filters))
        .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
        .limit(q.limit + 1);
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      const facets = await ctx.db
        .selectDistinct({ action: auditEvents.action, subjectType: auditEvents.subjectType })
        .from(auditEvents)
        .where(org);
      const labels = await recordLabels(ctx.db, actor.member.organisationId, page.map(({ event }) => event));
      return {
        events: page.map(({ event: r }) => ({
          id: r.id,
          actorUserId: r.actorUserId,
          actorName: r.actorName,
          action: r.action,
          subjectType: r.subjectType,
          subjectId: r.subjectId,
          subjectLabel: labels.get(labelKey(r.subjectType, r.subjectId)) ?? null,
          before: r.before as Record<string, unknown> | null,
          after: r.after as Record<string, unknown> | null,
          createdAt: r.createdAt.toISOString(),
        })),
        nextCursor: rows.length > q.limit && last ? `${last.cursorAt}|${last.event.id}` : null,
        actions: [...new Set(facets.map((f) => f.action))].sort(),
        subjectTypes: [...new Set(facets.map((f) => f.subjectType))].sort(),
      };
    });
  },
};
