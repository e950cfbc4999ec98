import { eq, sql } from 'drizzle-orm';
import type { AddMilestone, Milestone } from '../../../../shared/contracts/delivery.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadInitiative } from '../../roadmap/index.js';
import { assertOpen, presentMilestone } from '../milestones.js';
import { initiativeMilestones } from '../tables.js';

/** Adds a milestone to an initiative, after its others, with its audit record. */
export async function addMilestone(ctx: AppContext, actor: Actor, initiativeId: string, input: AddMilestone): Promise<Milestone> {
  return ctx.db.transaction(async (tx) => {
    const { initiative, strategy } = await loadInitiative(tx, actor, initiativeId);
    assertOpen(strategy);
    const [{ next } = { next: 0 }] = await tx
      .select({ next: sql<number>`coalesce(max(${initiativeMilestones.position}) + 1, 0)::int` })
      .from(initiativeMilestones)
      .where(eq(initiativeMilestones.initiativeId, initiative.id));
    const [row] = await tx
      .insert(initiativeMilestones)
      .values({ organisationId: strategy.organisationId, strategyId: strategy.id, initiativeId: initiative.id, title: input.title, dueOn: input.dueOn, position: next })
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId, action: 'milestone.added', subjectType: 'milestone', subjectId: row!.id,
      after: { initiativeId: initiative.id, title: row!.title, dueOn: row!.dueOn },
    });
    return presentMilestone(row!);
  });
}
