import { eq, sql } from 'drizzle-orm';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { missingMeasures } from '../presenter.js';
import { loadChangeableAssessment, measuresOf, scoresOf } from '../queries.js';
import { maturityAssessments } from '../tables.js';
import { auditMaturity } from './audit.js';

/** Marks an assessment complete: only when every measure has a score and a rationale. */
export async function completeAssessment(ctx: AppContext, actor: Actor, assessmentId: string) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadChangeableAssessment(tx, actor, assessmentId);
    if (row.status === 'complete') throw conflict('This assessment is already complete.');
    const missing = missingMeasures(await measuresOf(tx, row.frameworkId), await scoresOf(tx, row.id));
    if (missing.length > 0) {
      throw conflict(
        `Score every measure and give a rationale before completing the assessment. Still missing: ${missing.join(', ')}.`,
        missing.map((name) => ({ field: 'scores', message: `${name} needs a score and a rationale` })),
      );
    }
    const [after] = await tx
      .update(maturityAssessments)
      .set({ status: 'complete', completedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(maturityAssessments.id, row.id))
      .returning();
    await auditMaturity(tx, actor, 'maturity_assessment', row.id, {
      action: 'maturity_assessment.completed',
      before: { status: 'draft' },
      after: { status: 'complete' },
    });
    return after!;
  });
}
