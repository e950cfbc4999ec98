import { eq, sql } from 'drizzle-orm';
import { DECLINED_NOTES_MESSAGE, type UpdateInterview } from '../../../../shared/contracts/interviews.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadInterview, loadOpenStrategy } from '../queries.js';
import { interviews } from '../tables.js';
import { auditedInterview } from './audit-fields.js';
import { assertInterviewerIsMember } from './create-interview.js';

/**
 * Changes an interview. Recording that consent was declined (or withdrawn) needs the notes
 * cleared in the same change: Chorus does not delete someone's notes as a side effect of a
 * radio button, and does not keep notes it has no consent for.
 */
export async function updateInterview(ctx: AppContext, actor: Actor, strategyId: string, interviewId: string, input: UpdateInterview) {
  return ctx.db.transaction(async (tx) => {
    await loadOpenStrategy(tx, actor, strategyId);
    const { interview: before } = await loadInterview(tx, actor, strategyId, interviewId);
    if (input.interviewerId !== undefined) await assertInterviewerIsMember(tx, actor, input.interviewerId);
    const next = {
      intervieweeRole: input.intervieweeRole ?? before.intervieweeRole,
      intervieweeName: input.intervieweeName === undefined ? before.intervieweeName : input.intervieweeName,
      heldOn: input.heldOn ?? before.heldOn,
      interviewerUserId: input.interviewerId === undefined ? before.interviewerUserId : input.interviewerId,
      consent: input.consent ?? before.consent,
      notes: input.notes ?? before.notes,
    };
    if (next.consent === 'declined' && next.notes !== '') {
      throw badRequest(DECLINED_NOTES_MESSAGE, [{ field: 'notes', message: DECLINED_NOTES_MESSAGE }]);
    }
    const [after] = await tx
      .update(interviews)
      .set({ ...next, updatedAt: sql`now()` })
      .where(eq(interviews.id, before.id))
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'interview.updated',
      subjectType: 'interview',
      subjectId: before.id,
      before: auditedInterview(before),
      after: auditedInterview(after!),
    });
    return after!;
  });
}
