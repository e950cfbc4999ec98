import { and, eq, inArray } from 'drizzle-orm';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadPriority } from '../load.js';
import { priorityCriteria, priorityScores } from '../tables.js';

/** Sets the scores given (1–5, one per criterion); criteria not named keep their score. */
export async function saveScores(ctx: AppContext, actor: Actor, priorityId: string, scores: { criterionId: string; score: number }[]): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { priority, strategy } = await loadPriority(tx, actor, priorityId);
    assertOpen(strategy);
    const ids = [...new Set(scores.map((s) => s.criterionId))];
    if (ids.length !== scores.length) throw badRequest('Give each criterion one score.', [{ field: 'scores', message: 'A criterion is scored twice' }]);
    if (!ids.length) return;
    const found = await tx.select({ id: priorityCriteria.id }).from(priorityCriteria).where(and(inArray(priorityCriteria.id, ids), eq(priorityCriteria.strategyId, strategy.id)));
    if (found.length !== ids.length) {
      throw badRequest('Some of the criteria are not in this strategy any more. Reload the page and score again.', [{ field: 'scores', message: 'Choose the criteria again' }]);
    }
    const before = await tx
      .select({ criterionId: priorityScores.criterionId, score: priorityScores.score })
      .from(priorityScores)
      .where(eq(priorityScores.priorityId, priority.id));
    await tx.delete(priorityScores).where(and(eq(priorityScores.priorityId, priority.id), inArray(priorityScores.criterionId, ids)));
    await tx.insert(priorityScores).values(scores.map((s) => ({ priorityId: priority.id, ...s })));
    const after = new Map(before.map((b) => [b.criterionId, b.score]));
    for (const s of scores) after.set(s.criterionId, s.score);
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId,
      action: 'priority.scored',
      subjectType: 'priority',
      subjectId: priority.id,
      before: { scores: Object.fromEntries(before.map((b) => [b.criterionId, b.score])) },
      after: { scores: Object.fromEntries(after) },
    });
  });
}
