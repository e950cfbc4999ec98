import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadInterview, loadOpenStrategy } from '../queries.js';
import { interviewItems, interviews } from '../tables.js';
import { removeEmptyTopics } from '../topics.js';
import { auditedInterview } from './audit-fields.js';

/** Deletes an interview with its drivers and priorities; topics only it named go too. */
export async function deleteInterview(ctx: AppContext, actor: Actor, strategyId: string, interviewId: string) {
  await ctx.db.transaction(async (tx) => {
    await loadOpenStrategy(tx, actor, strategyId);
    const { interview } = await loadInterview(tx, actor, strategyId, interviewId);
    const items = await tx.select({ topicId: interviewItems.topicId }).from(interviewItems).where(eq(interviewItems.interviewId, interview.id));
    await tx.delete(interviews).where(eq(interviews.id, interview.id));
    await removeEmptyTopics(tx, [...new Set(items.map((i) => i.topicId))]);
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'interview.deleted',
      subjectType: 'interview',
      subjectId: interview.id,
      before: { ...auditedInterview(interview), items: items.length },
    });
  });
}
