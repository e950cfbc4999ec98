import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadChangeableAssessment, loadFramework, measuresOf, scoresOf } from '../queries.js';
import { scoresSnapshot } from '../score-store.js';
import { maturityAssessments } from '../tables.js';
import { auditMaturity } from './audit.js';

/** Deletes an assessment with its scores; the trail keeps the scores it had. */
export async function deleteAssessment(ctx: AppContext, actor: Actor, assessmentId: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadChangeableAssessment(tx, actor, assessmentId);
    const framework = await loadFramework(tx, actor, row.frameworkId);
    const scores = scoresSnapshot(await measuresOf(tx, framework.id), await scoresOf(tx, row.id));
    await tx.delete(maturityAssessments).where(eq(maturityAssessments.id, row.id));
    await auditMaturity(tx, actor, 'maturity_assessment', row.id, {
      action: 'maturity_assessment.deleted',
      before: { title: row.title, framework: framework.name, assessedOn: row.assessedOn, status: row.status, scores },
    });
  });
}
