import { and, asc, count, desc, eq, inArray, sum } from 'drizzle-orm';
import type { Board, Workshop, WorkshopList, WorkshopOptions } from '../../../shared/contracts/workshops.js';
import type { Db } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/http/access.js';
import { loadStrategy } from '../strategies/index.js';
import { orgUnits, staffGroups } from '../workforce/tables.js';
import { canCreateWorkshop } from './policy.js';
import { presentSummary, presentWorkshop } from './presenter.js';
import { stickyNotes, workshopAttendance, workshopColumns, workshops } from './tables.js';

type StrategyRow = Awaited<ReturnType<typeof loadStrategy>>;

/** The strategy, when it may still be changed: archived strategies are read-only. */
export async function loadOpenStrategy(db: Db, actor: Actor, strategyId: string): Promise<StrategyRow> {
  const strategy = await loadStrategy(db, actor, strategyId);
  if (strategy.archivedAt) throw conflict('This strategy is archived. Restore it before making changes.');
  return strategy;
}

/** A workshop of this strategy in the actor's organisation; any other id is not found. */
export async function loadWorkshop(db: Db, actor: Actor, strategyId: string, workshopId: string) {
  const strategy = await loadStrategy(db, actor, strategyId);
  const [row] = await db
    .select()
    .from(workshops)
    .where(and(eq(workshops.id, workshopId), eq(workshops.strategyId, strategy.id)));
  if (!row) throw notFound('The workshop');
  return { strategy, workshop: row };
}

export async function loadColumn(db: Db, workshopId: string, columnId: string) {
  const [column] = await db
    .select()
    .from(workshopColumns)
    .where(and(eq(workshopColumns.id, columnId), eq(workshopColumns.workshopId, workshopId)));
  if (!column) throw notFound('The column');
  return column;
}

export async function loadNote(db: Db, workshopId: string, noteId: string) {
  const [note] = await db.select().from(stickyNotes).where(and(eq(stickyNotes.id, noteId), eq(stickyNotes.workshopId, workshopId)));
  if (!note) throw notFound('The sticky note');
  return note;
}

export async function loadBoard(db: Db, workshopId: string): Promise<Board> {
  const columns = await db.select().from(workshopColumns).where(eq(workshopColumns.workshopId, workshopId)).orderBy(asc(workshopColumns.position));
  const notes = await db.select().from(stickyNotes).where(eq(stickyNotes.workshopId, workshopId)).orderBy(asc(stickyNotes.position));
  return {
    columns: columns.map((column) => ({
      id: column.id,
      title: column.title,
      position: column.position,
      notes: notes
        .filter((note) => note.columnId === column.id)
        .map((note) => ({ id: note.id, columnId: note.columnId, text: note.text, position: note.position, updatedAt: note.updatedAt.toISOString() })),
    })),
  };
}

const summaryColumns = { workshop: workshops, orgUnit: { id: orgUnits.id, name: orgUnits.name } };

export async function listWorkshops(db: Db, actor: Actor, strategyId: string): Promise<WorkshopList> {
  const strategy = await loadStrategy(db, actor, strategyId);
  const rows = await db
    .select(summaryColumns)
    .from(workshops)
    .leftJoin(orgUnits, eq(orgUnits.id, workshops.orgUnitId))
    .where(eq(workshops.strategyId, strategy.id))
    .orderBy(desc(workshops.heldOn), desc(workshops.createdAt));
  const ids = rows.map((r) => r.workshop.id);
  const attendance = ids.length
    ? await db
        .select({ workshopId: workshopAttendance.workshopId, total: sum(workshopAttendance.count).mapWith(Number) })
        .from(workshopAttendance)
        .where(inArray(workshopAttendance.workshopId, ids))
        .groupBy(workshopAttendance.workshopId)
    : [];
  const notes = ids.length
    ? await db
        .select({ workshopId: stickyNotes.workshopId, n: count() })
        .from(stickyNotes)
        .where(inArray(stickyNotes.workshopId, ids))
        .groupBy(stickyNotes.workshopId)
    : [];
  return {
    workshops: rows.map((r) =>
      presentSummary(
        r.workshop,
        r.orgUnit,
        attendance.find((a) => a.workshopId === r.workshop.id)?.total ?? 0,
        notes.find((n) => n.workshopId === r.workshop.id)?.n ?? 0,
      ),
    ),
    can: { create: canCreateWorkshop(actor.member.role, strategy.archivedAt !== null) },
  };
}

export async function workshopDetail(db: Db, actor: Actor, strategyId: string, workshopId: string): Promise<Workshop> {
  const { strategy, workshop } = await loadWorkshop(db, actor, strategyId, workshopId);
  const [unit] = workshop.orgUnitId
    ? await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, workshop.orgUnitId))
    : [];
  const attendance = await db
    .select({ staffGroupId: staffGroups.id, name: staffGroups.name, count: workshopAttendance.count })
    .from(workshopAttendance)
    .innerJoin(staffGroups, eq(staffGroups.id, workshopAttendance.staffGroupId))
    .where(eq(workshopAttendance.workshopId, workshop.id))
    .orderBy(asc(staffGroups.position), asc(staffGroups.name));
  const board = await loadBoard(db, workshop.id);
  return presentWorkshop(workshop, unit ?? null, attendance, board, actor.member.role, strategy.archivedAt !== null);
}

/** What the workshop form offers: the organisation's staff groups and departments. */
export async function workshopOptions(db: Db, actor: Actor, strategyId: string): Promise<WorkshopOptions> {
  await loadStrategy(db, actor, strategyId);
  const organisationId = actor.member.organisationId;
  const groups = await db
    .select({ id: staffGroups.id, name: staffGroups.name })
    .from(staffGroups)
    .where(eq(staffGroups.organisationId, organisationId))
    .orderBy(asc(staffGroups.position), asc(staffGroups.name));
  const units = await db
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind })
    .from(orgUnits)
    .where(eq(orgUnits.organisationId, organisationId))
    .orderBy(asc(orgUnits.kind), asc(orgUnits.name));
  return { staffGroups: groups, orgUnits: units };
}
