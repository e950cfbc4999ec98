import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { badRequest } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { orgUnits, staffGroups } from '../workforce/tables.js';
import { stickyNotes, workshopAttendance, workshopColumns, workshops } from './tables.js';

/**
 * Every change to a board takes the workshop row's lock first, so two people moving notes at
 * the same moment take turns and positions stay dense (0, 1, 2…) and in order.
 */
export async function lockWorkshop(tx: Db, workshopId: string): Promise<void> {
  await tx.select({ id: workshops.id }).from(workshops).where(eq(workshops.id, workshopId)).for('update');
  await tx.update(workshops).set({ updatedAt: sql`now()` }).where(eq(workshops.id, workshopId));
}

/** Writes positions 0…n-1 in the given order, touching only rows whose position changes. */
async function writeOrder(tx: Db, table: typeof stickyNotes | typeof workshopColumns, rows: { id: string; position: number }[]) {
  for (const [index, row] of rows.entries()) {
    if (row.position !== index) await tx.update(table).set({ position: index }).where(eq(table.id, row.id));
  }
}

export async function notesInColumn(tx: Db, columnId: string) {
  return tx
    .select({ id: stickyNotes.id, position: stickyNotes.position })
    .from(stickyNotes)
    .where(eq(stickyNotes.columnId, columnId))
    .orderBy(asc(stickyNotes.position), asc(stickyNotes.createdAt));
}

export async function renumberNotes(tx: Db, columnId: string, order?: { id: string; position: number }[]) {
  await writeOrder(tx, stickyNotes, order ?? (await notesInColumn(tx, columnId)));
}

export async function renumberColumns(tx: Db, workshopId: string) {
  const columns = await tx
    .select({ id: workshopColumns.id, position: workshopColumns.position })
    .from(workshopColumns)
    .where(eq(workshopColumns.workshopId, workshopId))
    .orderBy(asc(workshopColumns.position), asc(workshopColumns.createdAt));
  await writeOrder(tx, workshopColumns, columns);
}

/** The linked org unit must be the organisation's own. */
export async function assertOrgUnitIsOwn(tx: Db, actor: Actor, orgUnitId: string | null | undefined) {
  if (!orgUnitId) return;
  const [unit] = await tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, orgUnitId), eq(orgUnits.organisationId, actor.member.organisationId)));
  if (!unit) {
    throw badRequest('Choose a department from this organisation', [{ field: 'orgUnitId', message: 'Choose a department from this organisation' }]);
  }
}

/** Replaces a workshop's attendance; every staff group must be the organisation's own. */
export async function replaceAttendance(
  tx: Db,
  actor: Actor,
  workshopId: string,
  attendance: { staffGroupId: string; count: number }[],
) {
  const ids = attendance.map((a) => a.staffGroupId);
  if (ids.length > 0) {
    const known = await tx
      .select({ id: staffGroups.id })
      .from(staffGroups)
      .where(and(inArray(staffGroups.id, ids), eq(staffGroups.organisationId, actor.member.organisationId)));
    if (known.length !== new Set(ids).size) {
      throw badRequest('Attendance names a staff group this organisation does not have', [
        { field: 'attendance', message: 'Attendance names a staff group this organisation does not have' },
      ]);
    }
  }
  await tx.delete(workshopAttendance).where(eq(workshopAttendance.workshopId, workshopId));
  if (attendance.length > 0) {
    await tx.insert(workshopAttendance).values(attendance.map((a) => ({ workshopId, staffGroupId: a.staffGroupId, count: a.count })));
  }
}

export async function attendanceSnapshot(tx: Db, workshopId: string) {
  const rows = await tx
    .select({ staffGroupId: workshopAttendance.staffGroupId, count: workshopAttendance.count })
    .from(workshopAttendance)
    .where(eq(workshopAttendance.workshopId, workshopId));
  return Object.fromEntries(rows.map((r) => [r.staffGroupId, r.count]));
}
