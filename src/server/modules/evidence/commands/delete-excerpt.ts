import { and, eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadExcerptInterview } from '../excerpts.js';
import { evidenceItems } from '../tables.js';

/** Deletes an excerpt (its tags and redactions go with it); the interview's notes are untouched. */
export async function deleteExcerpt(ctx: AppContext, actor: Actor, ids: { strategyId: string; interviewId: string; excerptId: string }) {
  await ctx.db.transaction(async (tx) => {
    const { strategy, interview } = await loadExcerptInterview(tx, actor, ids.strategyId, ids.interviewId);
    if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
    const [gone] = await tx
      .delete(evidenceItems)
      .where(and(eq(evidenceItems.id, ids.excerptId), eq(evidenceItems.interviewId, interview.id), eq(evidenceItems.source, 'interview_excerpt')))
      .returning({ id: evidenceItems.id, start: evidenceItems.excerptStart, end: evidenceItems.excerptEnd });
    if (!gone) throw notFound('The excerpt');
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'evidence.excerpt_deleted',
      subjectType: 'interview',
      subjectId: interview.id,
      before: { excerptId: gone.id, start: gone.start, end: gone.end },
    });
  });
}
