import type { CreateAssessment } from '../../../../shared/contracts/maturity.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { AppError } from '../../../platform/errors.js';
import { loadFramework, measuresOf, scoresOf } from '../queries.js';
import { assertStrategyIsOwn, saveScores, scoresSnapshot } from '../score-store.js';
import { maturityAssessments } from '../tables.js';
import { auditMaturity } from './audit.js';

/** Starts a draft assessment against a framework, with any scores already agreed. */
export async function createAssessment(ctx: AppContext, actor: Actor, input: CreateAssessment) {
  return ctx.db.transaction(async (tx) => {
    const framework = await loadFramework(tx, actor, input.frameworkId).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) {
        throw badRequest('Choose a framework from this organisation', [{ field: 'frameworkId', message: 'Choose a framework from this organisation' }]);
      }
      throw error;
    });
    await assertStrategyIsOwn(tx, actor, input.strategyId);
    const [row] = await tx
      .insert(maturityAssessments)
      .values({
        organisationId: actor.member.organisationId,
        frameworkId: framework.id,
        strategyId: input.strategyId ?? null,
        title: input.title,
        assessedOn: input.assessedOn,
        assessors: input.assessors ?? [],
      })
      .returning();
    const measures = await measuresOf(tx, framework.id);
    await saveScores(tx, row!.id, framework.scaleMax, measures, input.scores ?? []);
    await auditMaturity(tx, actor, 'maturity_assessment', row!.id, {
      action: 'maturity_assessment.created',
      after: {
        title: row!.title,
        framework: framework.name,
        assessedOn: row!.assessedOn,
        assessors: row!.assessors,
        strategyId: row!.strategyId,
        scores: scoresSnapshot(measures, await scoresOf(tx, row!.id)),
      },
    });
    return row!;
  });
}
