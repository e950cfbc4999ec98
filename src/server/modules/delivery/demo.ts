import { and, eq, inArray } from 'drizzle-orm';
import { CHORUS } from '../../platform/audit-actor.js';
import { writeAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/module.js';
import { initiatives } from '../roadmap/index.js';
import { MILESTONES, STORIES } from './demo-stories.js';
import { initiativeMilestones, initiativeUpdates } from './tables.js';

/**
 * The demo trust's delivery updates: a year of monthly updates for the initiatives under way
 * (demo-stories.ts), and their milestones.
 * Adds nothing twice.
 */
export async function seedDeliveryDemo(ctx: AppContext, organisationId: string, strategyId: string, authorUserId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: initiativeUpdates.id }).from(initiativeUpdates).where(eq(initiativeUpdates.strategyId, strategyId)).limit(1);
    if (existing) return;
    const rows = await tx.select().from(initiatives).where(and(eq(initiatives.strategyId, strategyId), inArray(initiatives.title, Object.keys(STORIES))));
    for (const initiative of rows) {
      const story = STORIES[initiative.title]!;
      for (const step of story) {
        const status = step.percent === 100 ? 'done' : 'in_progress';
        await tx.insert(initiativeUpdates).values({
          organisationId, strategyId, initiativeId: initiative.id, recordedOn: step.on, status, rag: step.rag, ragReason: step.ragReason ?? '',
          percentComplete: step.percent, note: step.note, blockers: step.blockers ?? '', authorUserId,
        });
      }
      for (const [position, m] of (MILESTONES[initiative.title] ?? []).entries()) {
        await tx.insert(initiativeMilestones).values({ organisationId, strategyId, initiativeId: initiative.id, title: m.title, dueOn: m.dueOn, doneOn: m.doneOn ?? null, position });
      }
      const last = story.at(-1)!;
      if (last.percent === 100) await tx.update(initiatives).set({ status: 'done' }).where(eq(initiatives.id, initiative.id));
      await writeAudit(tx, CHORUS, {
        organisationId, action: 'initiative.update_recorded', subjectType: 'initiative', subjectId: initiative.id,
        after: { updates: story.length, milestones: MILESTONES[initiative.title]?.length ?? 0, latestRag: last.rag, percentComplete: last.percent, demo: true },
      });
    }
  });
}
