import type { AddDevelopComment } from '../../../../shared/contracts/comments.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadSubject } from '../load.js';
import { developComments } from '../tables.js';

/** A leader's or the team's comment on a mission version, priority, initiative, measure or partnership. */
export async function addDevelopComment(ctx: AppContext, actor: Actor, strategyId: string, input: AddDevelopComment) {
  return ctx.db.transaction(async (tx) => {
    const subject = await loadSubject(tx, actor, strategyId, input.subjectType, input.subjectId);
    const [comment] = await tx
      .insert(developComments)
      .values({ organisationId: actor.member.organisationId, strategyId, subjectType: input.subjectType, subjectId: input.subjectId, authorUserId: actor.user.id, body: input.body })
      .returning();
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: actor.member.organisationId,
      action: `${input.subjectType}.comment_added`,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      after: { commentId: comment!.id, on: subject.label },
    });
    return comment!;
  });
}
