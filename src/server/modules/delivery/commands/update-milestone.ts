import { eq } from 'drizzle-orm';
import type { Milestone, UpdateMilestone } from '../../../../shared/contracts/delivery.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadMilestone, presentMilestone } from '../milestones.js';
import { initiativeMilestones } from '../tables.js';

/**
 * Changes a milestone's title or due date, marks it done on a day, or reopens it (`doneOn: null`).
 * Only the fields that changed reach the audit record.
 */
export async function updateMilestone(ctx: AppContext, actor: Actor, milestoneId: string, input: UpdateMilestone): Promise<Milestone> {
  return ctx.db.transaction(async (tx) => {
    const { milestone, strategy } = await loadMilestone(tx, actor, milestoneId);
    assertOpen(strategy);
    const changes = Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && milestone[key as keyof typeof input] !== value)) as UpdateMilestone;
    if (Object.keys(changes).length === 0) return presentMilestone(milestone);
    const [row] = await tx.update(initiativeMilestones).set({ ...changes, updatedAt: new Date() }).where(eq(initiativeMilestones.id, milestone.id)).returning();
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, milestone[key as keyof typeof changes]]));
    const action = changes.doneOn !== undefined && Object.keys(changes).length === 1 ? (changes.doneOn === null ? 'milestone.reopened' : 'milestone.done') : 'milestone.updated';
    await writeAudit(tx, auditActor(actor), { organisationId: strategy.organisationId, action, subjectType: 'milestone', subjectId: milestone.id, before, after: changes });
    return presentMilestone(row!);
  });
}
