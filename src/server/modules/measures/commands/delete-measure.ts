import { eq } from 'drizzle-orm';
import { auditActor } from '../../../platform/audit-actor.js';
import { writeAudit } from '../../../platform/audit.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { deleteCommentsOf } from '../../comments/index.js';
import { assertOpen, loadMeasure } from '../load.js';
import { outcomeMeasures } from '../tables.js';
import { measureAudit } from './measure-audit.js';

/** Deletes the measure with its typed-in values and its comments; surveys and assessments are untouched. */
export async function deleteMeasure(ctx: AppContext, actor: Actor, measureId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { measure, strategy } = await loadMeasure(tx, actor, measureId);
    assertOpen(strategy);
    await tx.delete(outcomeMeasures).where(eq(outcomeMeasures.id, measure.id));
    await deleteCommentsOf(tx, 'measure', [measure.id]);
    await writeAudit(tx, auditActor(actor), {
      organisationId: strategy.organisationId,
      action: 'measure.deleted',
      subjectType: 'measure',
      subjectId: measure.id,
      before: measureAudit(measure),
    });
  });
}
