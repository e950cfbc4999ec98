import { DEFAULT_COLUMNS, type CreateWorkshop } from '../../../../shared/contracts/workshops.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { assertOrgUnitIsOwn, attendanceSnapshot, replaceAttendance } from '../board-store.js';
import { loadOpenStrategy } from '../queries.js';
import { workshopColumns, workshops } from '../tables.js';
import { auditWorkshop } from './audit.js';

/** Records a workshop with the three usual columns, ready for its sticky notes. */
export async function createWorkshop(ctx: AppContext, actor: Actor, strategyId: string, input: CreateWorkshop) {
  return ctx.db.transaction(async (tx) => {
    const strategy = await loadOpenStrategy(tx, actor, strategyId);
    await assertOrgUnitIsOwn(tx, actor, input.orgUnitId);
    const [row] = await tx
      .insert(workshops)
      .values({
        strategyId: strategy.id,
        title: input.title,
        heldOn: input.heldOn,
        department: input.department ?? null,
        orgUnitId: input.orgUnitId ?? null,
        facilitator: input.facilitator ?? null,
        notes: input.notes ?? '',
      })
      .returning();
    await tx.insert(workshopColumns).values(DEFAULT_COLUMNS.map((title, position) => ({ workshopId: row!.id, title, position })));
    await replaceAttendance(tx, actor, row!.id, input.attendance ?? []);
    await auditWorkshop(tx, actor, row!.id, {
      action: 'workshop.created',
      after: {
        title: row!.title,
        heldOn: row!.heldOn,
        department: row!.department,
        orgUnitId: row!.orgUnitId,
        facilitator: row!.facilitator,
        notesLength: row!.notes.length,
        attendance: await attendanceSnapshot(tx, row!.id),
      },
    });
    return row!;
  });
}
