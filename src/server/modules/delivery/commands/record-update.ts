import type { RecordUpdate } from '../../../../shared/contracts/delivery.js';
import { todayInLondon } from '../../../../shared/calendar-date.js';
import { writeAudit } from '../../../platform/audit.js';
import { badRequest } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { changeInitiativeStatus } from '../../roadmap/index.js';
import { initiativeUpdates } from '../tables.js';

/**
 * Records a dated delivery update of an initiative and sets the initiative's status to the one
 * reported, in one transaction with its audit record: a refused update changes nothing.
 */
export async function recordUpdate(ctx: AppContext, actor: Actor, initiativeId: string, input: RecordUpdate): Promise<{ id: string }> {
  if (input.recordedOn > todayInLondon()) throw badRequest('The date of the update cannot be in the future', [{ field: 'recordedOn', message: 'The date of the update cannot be in the future' }]);
  return ctx.db.transaction(async (tx) => {
    const { initiative, strategy } = await changeInitiativeStatus(tx, actor, initiativeId, input.status);
    const [row] = await tx
      .insert(initiativeUpdates)
      .values({ organisationId: strategy.organisationId, strategyId: strategy.id, initiativeId: initiative.id, authorUserId: actor.user.id, ...input })
      .returning();
    await writeAudit(tx, { userId: actor.user.id, name: actor.user.name }, {
      organisationId: strategy.organisationId, action: 'initiative.update_recorded', subjectType: 'initiative', subjectId: initiative.id,
      after: { recordedOn: row!.recordedOn, status: row!.status, rag: row!.rag, percentComplete: row!.percentComplete },
    });
    return { id: row!.id };
  });
}
