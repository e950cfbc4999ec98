import { eq, sql } from 'drizzle-orm';
import type { MeasureInput } from '../../../../shared/contracts/measures.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { checkMeasure } from '../binding.js';
import { assertOpen, loadMeasure } from '../load.js';
import { outcomeMeasures } from '../tables.js';
import { measureAudit } from './measure-audit.js';

/**
 * Replaces a measure's settings with the form's (the whole form is sent, so the checks that tie
 * fields together — a target in the right direction, dates in order — always see both sides).
 * Values typed in stay even if the source changes: they show again if it changes back.
 */
export async function updateMeasure(ctx: AppContext, actor: Actor, measureId: string, input: MeasureInput): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { measure, strategy } = await loadMeasure(tx, actor, measureId);
    assertOpen(strategy);
    const checked = await checkMeasure(tx, strategy.organisationId, strategy.id, input);
    const [row] = await tx
      .update(outcomeMeasures)
      .set({
        name: input.name,
        unit: input.unit,
        direction: input.direction,
        baselineValue: input.baselineValue,
        baselineOn: input.baselineOn,
        baselineSource: input.baselineSource,
        targetValue: input.targetValue,
        targetOn: input.targetOn,
        source: input.source,
        ...checked,
        updatedAt: sql`now()`,
      })
      .where(eq(outcomeMeasures.id, measure.id))
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'measure.updated',
      subjectType: 'measure',
      subjectId: measure.id,
      before: measureAudit(measure),
      after: measureAudit(row!),
    });
  });
}
