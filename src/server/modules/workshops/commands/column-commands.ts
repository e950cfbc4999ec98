import { and, count, eq, ne, sql } from 'drizzle-orm';
import { MAX_COLUMNS } from '../../../../shared/contracts/workshops.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest, conflict } from '../../../platform/errors.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { lockWorkshop, notesInColumn, renumberColumns, renumberNotes } from '../board-store.js';
import { loadColumn, loadOpenStrategy, loadWorkshop } from '../queries.js';
import { stickyNotes, workshopColumns } from '../tables.js';
import { auditWorkshop } from './audit.js';

interface Ids {
  strategyId: string;
  workshopId: string;
}

async function openBoard(tx: Db, actor: Actor, ids: Ids) {
  await loadOpenStrategy(tx, actor, ids.strategyId);
  const { workshop } = await loadWorkshop(tx, actor, ids.strategyId, ids.workshopId);
  await lockWorkshop(tx, workshop.id);
  return workshop;
}

/** Two columns of one name would make "move to What works" ambiguous for a screen reader user. */
async function assertTitleIsFree(tx: Db, workshopId: string, title: string, exceptColumnId?: string) {
  const [clash] = await tx
    .select({ id: workshopColumns.id })
    .from(workshopColumns)
    .where(and(
      eq(workshopColumns.workshopId, workshopId),
      sql`lower(${workshopColumns.title}) = lower(${title})`,
      exceptColumnId ? ne(workshopColumns.id, exceptColumnId) : undefined,
    ));
  if (clash) {
    throw conflict(`This workshop already has a column called "${title}". Choose another name.`, [
      { field: 'title', message: `This workshop already has a column called "${title}"` },
    ]);
  }
}

export async function addColumn(ctx: AppContext, actor: Actor, ids: Ids, title: string) {
  return ctx.db.transaction(async (tx) => {
    const workshop = await openBoard(tx, actor, ids);
    const [row] = await tx.select({ n: count() }).from(workshopColumns).where(eq(workshopColumns.workshopId, workshop.id));
    const columns = row?.n ?? 0;
    if (columns >= MAX_COLUMNS) throw conflict(`A workshop board has at most ${MAX_COLUMNS} columns. Remove one before adding another.`);
    await assertTitleIsFree(tx, workshop.id, title);
    const [column] = await tx.insert(workshopColumns).values({ workshopId: workshop.id, title, position: columns }).returning();
    await auditWorkshop(tx, actor, workshop.id, { action: 'workshop.column_added', after: { columnId: column!.id, title } });
    return column!;
  });
}

export async function renameColumn(ctx: AppContext, actor: Actor, ids: Ids & { columnId: string }, title: string) {
  return ctx.db.transaction(async (tx) => {
    const workshop = await openBoard(tx, actor, ids);
    const column = await loadColumn(tx, workshop.id, ids.columnId);
    await assertTitleIsFree(tx, workshop.id, title, column.id);
    await tx.update(workshopColumns).set({ title }).where(eq(workshopColumns.id, column.id));
    await auditWorkshop(tx, actor, workshop.id, {
      action: 'workshop.column_renamed',
      before: { columnId: column.id, title: column.title },
      after: { columnId: column.id, title },
    });
  });
}

/**
 * Removes a column. An empty column simply goes. A column with sticky notes goes only when
 * the caller names the column to move them to (the web app asks first): staff's words are
 * never deleted as a side effect of tidying the board.
 */
export async function removeColumn(ctx: AppContext, actor: Actor, ids: Ids & { columnId: string }, moveNotesTo: string | undefined) {
  return ctx.db.transaction(async (tx) => {
    const workshop = await openBoard(tx, actor, ids);
    const column = await loadColumn(tx, workshop.id, ids.columnId);
    const [others] = await tx
      .select({ n: count() })
      .from(workshopColumns)
      .where(and(eq(workshopColumns.workshopId, workshop.id), ne(workshopColumns.id, column.id)));
    if ((others?.n ?? 0) === 0) throw conflict('A workshop board needs at least one column. Add another column before removing this one.');
    const notes = await notesInColumn(tx, column.id);
    let movedTo: string | null = null;
    if (notes.length > 0) {
      if (!moveNotesTo) {
        throw conflict(
          `"${column.title}" has ${notes.length} sticky ${notes.length === 1 ? 'note' : 'notes'}. Choose a column to move ${notes.length === 1 ? 'it' : 'them'} to before removing it.`,
        );
      }
      if (moveNotesTo === column.id) {
        throw badRequest('Choose a different column to move the sticky notes to', [
          { field: 'moveNotesTo', message: 'Choose a different column to move the sticky notes to' },
        ]);
      }
      const target = await loadColumn(tx, workshop.id, moveNotesTo);
      // Moved notes go after the target's own, in the order they had.
      const existing = await notesInColumn(tx, target.id);
      await tx.update(stickyNotes).set({ columnId: target.id, updatedAt: sql`now()` }).where(eq(stickyNotes.columnId, column.id));
      await renumberNotes(tx, target.id, [...existing, ...notes.map((n) => ({ id: n.id, position: -1 }))]);
      movedTo = target.title;
    }
    await tx.delete(workshopColumns).where(eq(workshopColumns.id, column.id));
    await renumberColumns(tx, workshop.id);
    await auditWorkshop(tx, actor, workshop.id, {
      action: 'workshop.column_removed',
      before: { columnId: column.id, title: column.title, stickyNotes: notes.length },
      after: movedTo ? { notesMovedTo: movedTo } : null,
    });
  });
}
