import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { labelKey } from '../labels.js';
import { loadItem, loadOpenStrategy } from '../queries.js';
import { interviewItems, interviewTopics } from '../tables.js';
import { findTopicByKey } from '../topics.js';
import { touchInterview } from './add-item.js';

/**
 * Corrects an item's wording. The item stays in its topic: a person may have merged it there
 * on purpose, and fixing a typo should not undo that. A topic that only this item names (and
 * that carries its old wording) is renamed with it, unless another topic already has the new
 * name; then the person is asked to merge instead, so two topics never share one name.
 */
export async function updateItem(
  ctx: AppContext,
  actor: Actor,
  ids: { strategyId: string; interviewId: string; itemId: string },
  input: { label?: string | undefined; detail?: string | null | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const strategy = await loadOpenStrategy(tx, actor, ids.strategyId);
    const { item: before, topic } = await loadItem(tx, actor, ids.strategyId, ids.interviewId, ids.itemId);
    const label = input.label ?? before.label;
    const key = labelKey(label);
    const [after] = await tx
      .update(interviewItems)
      .set({ label, labelKey: key, detail: input.detail === undefined ? before.detail : input.detail })
      .where(eq(interviewItems.id, before.id))
      .returning();
    let topicLabel = topic.label;
    const siblings = await tx.select({ id: interviewItems.id }).from(interviewItems).where(eq(interviewItems.topicId, topic.id));
    if (key !== before.labelKey && siblings.length === 1 && topic.labelKey === before.labelKey) {
      const clash = await findTopicByKey(tx, strategy.id, topic.kind, key);
      if (clash && clash !== topic.id) {
        throw conflict(`Another ${topic.kind} is already called "${label}". Merge the two in the across-interviews view instead.`, [
          { field: 'label', message: `Another ${topic.kind} is already called "${label}"` },
        ]);
      }
      await tx.update(interviewTopics).set({ label, labelKey: key }).where(eq(interviewTopics.id, topic.id));
      topicLabel = label;
    }
    await touchInterview(tx, before.interviewId);
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'interview.item_updated',
      subjectType: 'interview',
      subjectId: before.interviewId,
      before: { itemId: before.id, label: before.label, detail: before.detail },
      after: { itemId: before.id, label: after!.label, detail: after!.detail },
    });
    return { ...after!, kind: topic.kind, topicLabel };
  });
}
