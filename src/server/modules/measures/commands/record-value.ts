import { and, eq } from 'drizzle-orm';
import type { MeasureValueInput } from '../../../../shared/contracts/measures.js';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import { conflict, notFound } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOpen, loadMeasure } from '../load.js';
import { measureValues } from '../tables.js';

const BOUND = 'This measure’s values come from a survey or a maturity assessment, so they cannot be typed in.';

/** Adds a value typed in by the team (a measure whose values are computed takes none). */
export async function recordValue(ctx: AppContext, actor: Actor, measureId: string, input: MeasureValueInput): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const { measure, strategy } = await loadMeasure(tx, actor, measureId);
    assertOpen(strategy);
    if (measure.source !== 'manual') throw conflict(BOUND);
    const [row] = await tx
      .insert(measureValues)
      .values({ measureId: measure.id, value: input.value, recordedOn: input.recordedOn, source: input.source, note: input.note, createdByUserId: actor.user.id })
      .returning();
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'measure.value_recorded',
      subjectType: 'measure',
      subjectId: measure.id,
      after: { valueId: row!.id, value: row!.value, recordedOn: row!.recordedOn, source: row!.source, note: row!.note },
    });
    return row!.id;
  });
}

export async function deleteValue(ctx: AppContext, actor: Actor, measureId: string, valueId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { measure, strategy } = await loadMeasure(tx, actor, measureId);
    assertOpen(strategy);
    const [row] = await tx.delete(measureValues).where(and(eq(measureValues.id, valueId), eq(measureValues.measureId, measure.id))).returning();
    if (!row) throw notFound('The value');
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'measure.value_deleted',
      subjectType: 'measure',
      subjectId: measure.id,
      before: { valueId: row.id, value: row.value, recordedOn: row.recordedOn, source: row.source, note: row.note },
    });
  });
}
