import { and, eq } from 'drizzle-orm';
import type { CreateInterview } from '../../../../shared/contracts/interviews.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { memberships } from '../../organisations/index.js';
import { loadOpenStrategy } from '../queries.js';
import { interviews } from '../tables.js';
import { auditedInterview } from './audit-fields.js';

/** The interviewer must be someone in this organisation, not any account Chorus knows. */
export async function assertInterviewerIsMember(tx: Db, actor: Actor, userId: string | null | undefined) {
  if (!userId) return;
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, actor.member.organisationId)));
  if (!member) {
    throw badRequest('Choose an interviewer who is a member of this organisation', [
      { field: 'interviewerId', message: 'Choose an interviewer who is a member of this organisation' },
    ]);
  }
}

export async function createInterview(ctx: AppContext, actor: Actor, strategyId: string, input: CreateInterview) {
  return ctx.db.transaction(async (tx) => {
    const strategy = await loadOpenStrategy(tx, actor, strategyId);
    await assertInterviewerIsMember(tx, actor, input.interviewerId);
    const [row] = await tx
      .insert(interviews)
      .values({
        strategyId: strategy.id,
        intervieweeRole: input.intervieweeRole,
        intervieweeName: input.intervieweeName ?? null,
        heldOn: input.heldOn,
        interviewerUserId: input.interviewerId ?? null,
        consent: input.consent,
        notes: input.notes ?? '',
      })
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: actor.member.organisationId,
      action: 'interview.created',
      subjectType: 'interview',
      subjectId: row!.id,
      after: auditedInterview(row!),
    });
    return row!;
  });
}
