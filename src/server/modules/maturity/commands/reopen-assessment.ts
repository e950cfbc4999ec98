import { eq, sql } from 'drizzle-orm';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadChangeableAssessment } from '../queries.js';
import { maturityAssessments } from '../tables.js';
import { auditMaturity } from './audit.js';

/** Turns a complete assessment back into a draft, so measures may be left unfinished again. */
export async function reopenAssessment(ctx: AppContext, actor: Actor, assessmentId: string) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadChangeableAssessment(tx, actor, assessmentId);
    if (row.status === 'draft') throw conflict('This assessment is already a draft.');
    const [after] = await tx
      .update(maturityAssessments)
      .set({ status: 'draft', completedAt: null, updatedAt: sql`now()` })
      .where(eq(maturityAssessments.id, row.id))
      .returning();
    await auditMaturity(tx, actor, 'maturity_assessment', row.id, {
      action: 'maturity_assessment.reopened',
      before: { status: 'complete' },
      after: { status: 'draft' },
    });
    return after!;
  });
}
