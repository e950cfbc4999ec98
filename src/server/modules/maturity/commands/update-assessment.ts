import { eq, sql } from 'drizzle-orm';
import type { UpdateAssessment } from '../../../../shared/contracts/maturity.js';
import { conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { missingMeasures } from '../presenter.js';
import { loadChangeableAssessment, loadFramework, measuresOf, scoresOf } from '../queries.js';
import { assertStrategyIsOwn, saveScores, scoresSnapshot } from '../score-store.js';
import { maturityAssessments } from '../tables.js';
import { auditMaturity } from './audit.js';

/**
 * Edits an assessment's details and the scores it names. A complete assessment may be
 * corrected, but must stay complete: every measure scored with a rationale.
 */
export async function updateAssessment(ctx: AppContext, actor: Actor, assessmentId: string, input: UpdateAssessment) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadChangeableAssessment(tx, actor, assessmentId);
    const framework = await loadFramework(tx, actor, before.frameworkId);
    const measures = await measuresOf(tx, framework.id);
    const scoresBefore = await scoresOf(tx, before.id);
    if (input.strategyId !== undefined) await assertStrategyIsOwn(tx, actor, input.strategyId);
    if (input.scores) await saveScores(tx, before.id, framework.scaleMax, measures, input.scores);
    const scoresAfter = await scoresOf(tx, before.id);
    if (before.status === 'complete') {
      const missing = missingMeasures(measures, scoresAfter);
      if (missing.length > 0) {
        throw conflict(
          `A complete assessment must keep a score and a rationale for every measure (missing: ${missing.join(', ')}). Reopen it as a draft to leave a measure unfinished.`,
          missing.map((name) => ({ field: 'scores', message: `${name} needs a score and a rationale` })),
        );
      }
    }
    const [after] = await tx
      .update(maturityAssessments)
      .set({
        title: input.title ?? before.title,
        assessedOn: input.assessedOn ?? before.assessedOn,
        assessors: input.assessors ?? before.assessors,
        strategyId: input.strategyId === undefined ? before.strategyId : input.strategyId,
        updatedAt: sql`now()`,
      })
      .where(eq(maturityAssessments.id, before.id))
      .returning();
    const pick = (a: typeof before, scores: typeof scoresBefore) => ({
      title: a.title,
      assessedOn: a.assessedOn,
      assessors: a.assessors,
      strategyId: a.strategyId,
      scores: scoresSnapshot(measures, scores),
    });
    await auditMaturity(tx, actor, 'maturity_assessment', before.id, {
      action: 'maturity_assessment.updated',
      before: pick(before, scoresBefore),
      after: pick(after!, scoresAfter),
    });
    return after!;
  });
}
