import { and, asc, eq, inArray, notExists } from 'drizzle-orm';
import type { ItemKind } from '../../../shared/contracts/interviews.js';
import type { Db } from '../../platform/db/client.js';
import { labelKey } from './labels.js';
import { interviewItems, interviewTopics } from './tables.js';

/**
 * The topic a new item joins: the topic called the same (ignoring case and spacing), or the
 * topic an earlier item with the same label was merged into, so a merge a person made is
 * remembered for the next interview; otherwise a new topic named after the item.
 */
export async function topicForLabel(tx: Db, strategyId: string, kind: ItemKind, label: string): Promise<string> {
  const key = labelKey(label);
  const byName = await findTopicByKey(tx, strategyId, kind, key);
  if (byName) return byName;
  const [merged] = await tx
    .select({ topicId: interviewItems.topicId })
    .from(interviewItems)
    .innerJoin(interviewTopics, eq(interviewTopics.id, interviewItems.topicId))
    .where(and(eq(interviewTopics.strategyId, strategyId), eq(interviewTopics.kind, kind), eq(interviewItems.labelKey, key)))
    .orderBy(asc(interviewItems.createdAt))
    .limit(1);
  if (merged) return merged.topicId;
  return createTopic(tx, strategyId, kind, label);
}

export async function findTopicByKey(tx: Db, strategyId: string, kind: ItemKind, key: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: interviewTopics.id })
    .from(interviewTopics)
    .where(and(eq(interviewTopics.strategyId, strategyId), eq(interviewTopics.kind, kind), eq(interviewTopics.labelKey, key)));
  return row?.id ?? null;
}

/** Two people adding the same new label at once both end up in one topic (the unique index decides). */
export async function createTopic(tx: Db, strategyId: string, kind: ItemKind, label: string): Promise<string> {
  const key = labelKey(label);
  const [created] = await tx
    .insert(interviewTopics)
    .values({ strategyId, kind, label: label.trim(), labelKey: key })
    .onConflictDoNothing()
    .returning({ id: interviewTopics.id });
  if (created) return created.id;
  return (await findTopicByKey(tx, strategyId, kind, key))!;
}

/** Topics left without items are removed: a topic exists only because someone named it. */
export async function removeEmptyTopics(tx: Db, topicIds: string[]): Promise<void> {
  if (topicIds.length === 0) return;
  await tx
    .delete(interviewTopics)
    .where(and(
      inArray(interviewTopics.id, topicIds),
      notExists(tx.select({ id: interviewItems.id }).from(interviewItems).where(eq(interviewItems.topicId, interviewTopics.id))),
    ));
}
