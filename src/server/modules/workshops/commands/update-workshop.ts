import { eq, sql } from 'drizzle-orm';
import type { UpdateWorkshop } from '../../../../shared/contracts/workshops.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOrgUnitIsOwn, attendanceSnapshot, replaceAttendance } from '../board-store.js';
import { loadOpenStrategy, loadWorkshop } from '../queries.js';
import { workshops } from '../tables.js';
import { auditWorkshop } from './audit.js';

export async function updateWorkshop(ctx: AppContext, actor: Actor, strategyId: string, workshopId: string, input: UpdateWorkshop) {
  return ctx.db.transaction(async (tx) => {
    await loadOpenStrategy(tx, actor, strategyId);
    const { workshop: before } = await loadWorkshop(tx, actor, strategyId, workshopId);
    if (input.orgUnitId !== undefined) await assertOrgUnitIsOwn(tx, actor, input.orgUnitId);
    const attendanceBefore = await attendanceSnapshot(tx, before.id);
    const [after] = await tx
      .update(workshops)
      .set({
        title: input.title ?? before.title,
        heldOn: input.heldOn ?? before.heldOn,
        department: input.department === undefined ? before.department : input.department,
        orgUnitId: input.orgUnitId === undefined ? before.orgUnitId : input.orgUnitId,
        facilitator: input.facilitator === undefined ? before.facilitator : input.facilitator,
        notes: input.notes ?? before.notes,
        updatedAt: sql`now()`,
      })
      .where(eq(workshops.id, before.id))
      .returning();
    if (input.attendance) await replaceAttendance(tx, actor, before.id, input.attendance);
    const pick = (w: typeof before, attendance: Record<string, number>) => ({
      title: w.title,
      heldOn: w.heldOn,
      department: w.department,
      orgUnitId: w.orgUnitId,
      facilitator: w.facilitator,
      // The workshop's own notes may be long; the trail records that they changed, not a copy.
      notesLength: w.notes.length,
      attendance,
    });
    await auditWorkshop(tx, actor, before.id, {
      action: 'workshop.updated',
      before: pick(before, attendanceBefore),
      after: pick(after!, await attendanceSnapshot(tx, before.id)),
    });
    return after!;
  });
}
