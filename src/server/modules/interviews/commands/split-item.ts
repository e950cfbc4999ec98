import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadItem, loadOpenStrategy } from '../queries.js';
import { interviewItems, interviewTopics } from '../tables.js';
import { createTopic, findTopicByKey, removeEmptyTopics } from '../topics.js';

/**
 * Undoes a merge for one item: it goes back to a topic of its own wording (an existing topic
 * of that name, or a new one). The item that gives its topic its name cannot leave it; the
 * person splits out the others instead.
 */
export async function splitItem(ctx: AppContext, actor: Actor, ids: { strategyId: string; interviewId: string; itemId: string }) {
  return ctx.db.transaction(async (tx) => {
    const strategy = await loadOpenStrategy(tx, actor, ids.strategyId);
    const { item, topic } = await loadItem(tx, actor, ids.strategyId, ids.interviewId, ids.itemId);
    const siblings = await tx.select({ id: interviewItems.id }).from(interviewItems).where(eq(interviewItems.topicId, topic.id));
    if (siblings.length === 1) throw conflict(`"${item.label}" is already on its own: there is nothing to split it from.`);
    if (item.labelKey === topic.labelKey) {
      throw conflict(`"${topic.label}" is the name of this topic, so its item cannot be split out. Split out the other items instead.`);
    }
    const existing = await findTopicByKey(tx, strategy.id, topic.kind, item.labelKey);
    const topicId = existing ?? (await createTopic(tx, strategy.id, topic.kind, item.label));
    await tx.update(interviewItems).set({ topicId }).where(eq(interviewItems.id, item.id));
    await removeEmptyTopics(tx, [topic.id]);
    const [newTopic] = await tx.select().from(interviewTopics).where(eq(interviewTopics.id, topicId));
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'interview.item_split',
      subjectType: 'interview',
      subjectId: item.interviewId,
      before: { itemId: item.id, topic: topic.label },
      after: { itemId: item.id, topic: newTopic!.label },
    });
    return { ...item, topicId, kind: topic.kind, topicLabel: newTopic!.label };
  });
}
