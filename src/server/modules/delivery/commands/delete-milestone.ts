import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadMilestone } from '../milestones.js';
import { initiativeMilestones } from '../tables.js';

/** Deletes a milestone; the audit record keeps what it was. */
export async function deleteMilestone(ctx: AppContext, actor: Actor, milestoneId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { milestone, strategy } = await loadMilestone(tx, actor, milestoneId);
    assertOpen(strategy);
    await tx.delete(initiativeMilestones).where(eq(initiativeMilestones.id, milestone.id));
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId, action: 'milestone.deleted', subjectType: 'milestone', subjectId: milestone.id,
      before: { initiativeId: milestone.initiativeId, title: milestone.title, dueOn: milestone.dueOn, doneOn: milestone.doneOn },
    });
  });
}
