import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadItem, loadOpenStrategy } from '../queries.js';
import { interviewItems } from '../tables.js';
import { removeEmptyTopics } from '../topics.js';
import { touchInterview } from './add-item.js';

export async function deleteItem(ctx: AppContext, actor: Actor, ids: { strategyId: string; interviewId: string; itemId: string }) {
  await ctx.db.transaction(async (tx) => {
    await loadOpenStrategy(tx, actor, ids.strategyId);
    const { item, topic } = await loadItem(tx, actor, ids.strategyId, ids.interviewId, ids.itemId);
    await tx.delete(interviewItems).where(eq(interviewItems.id, item.id));
    await removeEmptyTopics(tx, [topic.id]);
    await touchInterview(tx, item.interviewId);
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'interview.item_deleted',
      subjectType: 'interview',
      subjectId: item.interviewId,
      before: { itemId: item.id, kind: topic.kind, label: item.label },
    });
  });
}
