import { and, eq, inArray } from 'drizzle-orm';
import type { MergeTopics } from '../../../../shared/contracts/interviews.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { labelKey } from '../labels.js';
import { loadOpenStrategy } from '../queries.js';
import { interviewItems, interviewTopics } from '../tables.js';
import { findTopicByKey } from '../topics.js';

/**
 * Merges near-duplicates a person has confirmed: every item of the chosen topics moves into
 * the target topic, and the emptied topics are deleted. Each item keeps its own wording, so
 * "split item out" can undo the merge one item at a time.
 */
export async function mergeTopics(ctx: AppContext, actor: Actor, strategyId: string, input: MergeTopics) {
  return ctx.db.transaction(async (tx) => {
    const strategy = await loadOpenStrategy(tx, actor, strategyId);
    const sourceIds = [...new Set(input.topicIds)].filter((id) => id !== input.targetTopicId);
    if (sourceIds.length === 0) {
      throw badRequest('Choose at least one topic other than the one you are merging into', [
        { field: 'topicIds', message: 'Choose at least one topic other than the one you are merging into' },
      ]);
    }
    const topics = await tx
      .select()
      .from(interviewTopics)
      .where(and(eq(interviewTopics.strategyId, strategy.id), inArray(interviewTopics.id, [input.targetTopicId, ...sourceIds])));
    const target = topics.find((t) => t.id === input.targetTopicId);
    if (!target || topics.length !== sourceIds.length + 1) throw notFound('One of the topics');
    if (topics.some((t) => t.kind !== target.kind)) {
      throw badRequest('A strategic driver and a stated priority cannot be merged: choose topics of one kind', [
        { field: 'topicIds', message: 'Choose topics of one kind: all drivers or all priorities' },
      ]);
    }
    const moved = await tx
      .update(interviewItems)
      .set({ topicId: target.id })
      .where(inArray(interviewItems.topicId, sourceIds))
      .returning({ id: interviewItems.id });
    await tx.delete(interviewTopics).where(inArray(interviewTopics.id, sourceIds));
    let label = target.label;
    if (input.label && input.label !== target.label) {
      const key = labelKey(input.label);
      const clash = key === target.labelKey ? null : await findTopicByKey(tx, strategy.id, target.kind, key);
      if (clash) {
        throw conflict(`Another ${target.kind} is already called "${input.label}". Include it in the merge, or choose another name.`, [
          { field: 'label', message: `Another ${target.kind} is already called "${input.label}"` },
        ]);
      }
      label = input.label;
      await tx.update(interviewTopics).set({ label, labelKey: key }).where(eq(interviewTopics.id, target.id));
    }
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'interview.topics_merged',
      subjectType: 'interview_topic',
      subjectId: target.id,
      before: { topics: topics.map((t) => t.label) },
      after: { topics: [label], itemsMoved: moved.length },
    });
    return { topicId: target.id, label, itemsMoved: moved.length };
  });
}
