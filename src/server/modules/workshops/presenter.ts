import type { Board, Workshop, WorkshopSummary } from '../../../shared/contracts/workshops.js';
import type { Role } from '../../platform/policy.js';
import { workshopAbilities } from './policy.js';
import type { workshops } from './tables.js';

type WorkshopRow = typeof workshops.$inferSelect;
type Unit = { id: string | null; name: string | null } | null;

export function presentSummary(row: WorkshopRow, unit: Unit, attendanceTotal: number, noteCount: number): WorkshopSummary {
  return {
    id: row.id,
    strategyId: row.strategyId,
    title: row.title,
    heldOn: row.heldOn,
    department: row.department,
    orgUnit: unit?.id && unit.name ? { id: unit.id, name: unit.name } : null,
    facilitator: row.facilitator,
    attendanceTotal,
    noteCount,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentWorkshop(
  row: WorkshopRow,
  unit: Unit,
  attendance: { staffGroupId: string; name: string; count: number }[],
  board: Board,
  role: Role,
  strategyArchived: boolean,
): Workshop {
  const noteCount = board.columns.reduce((n, column) => n + column.notes.length, 0);
  return {
    ...presentSummary(row, unit, attendance.reduce((n, a) => n + a.count, 0), noteCount),
    notes: row.notes,
    attendance,
    columns: board.columns,
    createdAt: row.createdAt.toISOString(),
    can: workshopAbilities(role, strategyArchived),
  };
}
