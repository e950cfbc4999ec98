import { eq } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadPriority } from '../load.js';
import { renumber, scoredOrder, themesOf } from '../ordering.js';
import { priorities } from '../tables.js';

/**
 * Moves a priority in the agreed order. Leaving the order the scores give needs a reason, kept
 * on the priority and in the audit trail, so a reader can see why the team overruled the scores.
 */
export async function movePriority(ctx: AppContext, actor: Actor, priorityId: string, input: { position: number; reason?: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { priority, strategy } = await loadPriority(tx, actor, priorityId);
    assertOpen(strategy);
    const current = await themesOf(tx, strategy.id);
    const ids = current.map((r) => r.id).filter((id) => id !== priority.id);
    const position = Math.min(input.position, ids.length);
    ids.splice(position, 0, priority.id);
    const scored = await scoredOrder(tx, strategy.id);
    const followsScores = ids.every((id, i) => scored[i] === id);
    const reason = input.reason?.trim() ?? '';
    if (!followsScores && !reason) {
      throw badRequest('Say why this priority should move away from the order the scores give.', [
        { field: 'reason', message: 'Give a reason for the new order' },
      ]);
    }
    await renumber(tx, current, ids);
    const positionReason = followsScores ? '' : reason;
    await tx.update(priorities).set({ positionReason, updatedAt: new Date() }).where(eq(priorities.id, priority.id));
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'priority.moved',
      subjectType: 'priority',
      subjectId: priority.id,
      before: { position: priority.position, positionReason: priority.positionReason },
      after: { position, positionReason, followsScores },
    });
  });
}
