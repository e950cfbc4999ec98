import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.js';
import type { Actor } from '../../../platform/http/access.js';
import type { AppContext } from '../../../platform/module.js';
import { lockWorkshop, notesInColumn, renumberNotes } from '../board-store.js';
import { loadColumn, loadNote, loadOpenStrategy, loadWorkshop } from '../queries.js';
import { stickyNotes } from '../tables.js';
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

/** Adds a sticky note at the bottom of its column. */
export async function addNote(ctx: AppContext, actor: Actor, ids: Ids, input: { columnId: string; text: string }) {
  return ctx.db.transaction(async (tx) => {
    const workshop = await openBoard(tx, actor, ids);
    const column = await loadColumn(tx, workshop.id, input.columnId);
    const position = (await notesInColumn(tx, column.id)).length;
    const [note] = await tx.insert(stickyNotes).values({ workshopId: workshop.id, columnId: column.id, text: input.text, position }).returning();
    await auditWorkshop(tx, actor, workshop.id, {
      action: 'workshop.note_added',
      after: { noteId: note!.id, column: column.title, text: note!.text },
    });
    return note!;
  });
}

export async function updateNote(ctx: AppContext, actor: Actor, ids: Ids & { noteId: string }, text: string) {
  return ctx.db.transaction(async (tx) => {
    const workshop = await openBoard(tx, actor, ids);
    const before = await loadNote(tx, workshop.id, ids.noteId);
    const [after] = await tx.update(stickyNotes).set({ text, updatedAt: sql`now()` }).where(eq(stickyNotes.id, before.id)).returning();
    await auditWorkshop(tx, actor, workshop.id, {
      action: 'workshop.note_updated',
      before: { noteId: before.id, text: before.text },
      after: { noteId: before.id, text },
    });
    return after!;
  });
}

export async function deleteNote(ctx: AppContext, actor: Actor, ids: Ids & { noteId: string }) {
  await ctx.db.transaction(async (tx) => {
    const workshop = await openBoard(tx, actor, ids);
    const note = await loadNote(tx, workshop.id, ids.noteId);
    await tx.delete(stickyNotes).where(eq(stickyNotes.id, note.id));
    await renumberNotes(tx, note.columnId);
    await auditWorkshop(tx, actor, workshop.id, { action: 'workshop.note_deleted', before: { noteId: note.id, text: note.text } });
  });
}

/**
 * Moves a sticky note to a place in a column (the same column to reorder). One command
 * serves buttons ("Move up", "Move right") as well as any future drag and drop, and leaves
 * both columns numbered 0…n-1. An index past the end puts the note last.
 */
export async function moveNote(ctx: AppContext, actor: Actor, ids: Ids & { noteId: string }, input: { columnId: string; index: number }) {
  await ctx.db.transaction(async (tx) => {
    const workshop = await openBoard(tx, actor, ids);
    const note = await loadNote(tx, workshop.id, ids.noteId);
    const target = await loadColumn(tx, workshop.id, input.columnId);
    const from = note.columnId;
    const order = (await notesInColumn(tx, target.id)).filter((n) => n.id !== note.id);
    const index = Math.min(input.index, order.length);
    order.splice(index, 0, { id: note.id, position: from === target.id ? note.position : -1 });
    if (from !== target.id) {
      await tx.update(stickyNotes).set({ columnId: target.id, updatedAt: sql`now()` }).where(eq(stickyNotes.id, note.id));
      await renumberNotes(tx, from);
    }
    await renumberNotes(tx, target.id, order);
    const [fromColumn] = from === target.id ? [target] : [await loadColumn(tx, workshop.id, from)];
    await auditWorkshop(tx, actor, workshop.id, {
      action: 'workshop.note_moved',
      before: { noteId: note.id, column: fromColumn!.title, position: note.position },
      after: { noteId: note.id, column: target.title, position: index },
    });
  });
}
