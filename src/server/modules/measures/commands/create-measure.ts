import { and, eq, max } from 'drizzle-orm';
import type { MeasureInput } from '../../../../shared/contracts/measures.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { loadStrategy } from '../../strategies/index.js';
import { checkMeasure } from '../binding.js';
import { assertOpen } from '../load.js';
import { outcomeMeasures } from '../tables.js';
import { measureAudit } from './measure-audit.js';

/** A new measure of a priority or initiative, added after the strategy's others. */
export async function createMeasure(ctx: AppContext, actor: Actor, strategyId: string, input: MeasureInput): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const strategy = await loadStrategy(tx, actor, strategyId);
    assertOpen(strategy);
    const checked = await checkMeasure(tx, strategy.organisationId, strategy.id, input);
    const [last] = await tx
      .select({ position: max(outcomeMeasures.position) })
      .from(outcomeMeasures)
      .where(and(eq(outcomeMeasures.strategyId, strategy.id), eq(outcomeMeasures.organisationId, strategy.organisationId)));
    const [row] = await tx
      .insert(outcomeMeasures)
      .values({
        organisationId: strategy.organisationId,
        strategyId: strategy.id,
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
        position: (last?.position ?? -1) + 1,
        createdByUserId: actor.user.id,
      })
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'measure.created',
      subjectType: 'measure',
      subjectId: row!.id,
      after: measureAudit(row!),
    });
    return row!.id;
  });
}
