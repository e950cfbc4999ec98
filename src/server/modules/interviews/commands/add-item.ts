import { eq, sql } from 'drizzle-orm';
import type { ItemKind } from '../../../../shared/contracts/interviews.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { labelKey } from '../labels.js';
import { loadInterview, loadOpenStrategy } from '../queries.js';
import { interviewItems, interviews, interviewTopics } from '../tables.js';
import { topicForLabel } from '../topics.js';

export async function touchInterview(tx: Db, interviewId: string) {
  await tx.update(interviews).set({ updatedAt: sql`now()` }).where(eq(interviews.id, interviewId));
}

/**
 * Records a driver or priority named in an interview. It joins the topic of the same label
 * (ignoring case and spacing), so "patient portal" said by two leaders counts twice.
 */
export async function addItem(
  ctx: AppContext,
  actor: Actor,
  strategyId: string,
  interviewId: string,
  input: { kind: ItemKind; label: string; detail?: string | null | undefined },
) {
  return ctx.db.transaction(async (tx) => {
    const strategy = await loadOpenStrategy(tx, actor, strategyId);
    const { interview } = await loadInterview(tx, actor, strategyId, interviewId);
    const topicId = await topicForLabel(tx, strategy.id, input.kind, input.label);
    const [item] = await tx
      .insert(interviewItems)
      .values({ interviewId: interview.id, topicId, label: input.label, labelKey: labelKey(input.label), detail: input.detail ?? null })
      .returning();
    const [topic] = await tx.select().from(interviewTopics).where(eq(interviewTopics.id, topicId));
    await touchInterview(tx, interview.id);
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'interview.item_added',
      subjectType: 'interview',
      subjectId: interview.id,
      after: { itemId: item!.id, kind: input.kind, label: item!.label, topic: topic!.label },
    });
    return { ...item!, kind: topic!.kind, topicLabel: topic!.label };
  });
}
