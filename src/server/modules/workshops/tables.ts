import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { strategies } from '../strategies/tables.js';
import { orgUnits, staffGroups } from '../workforce/tables.js';

/** A workshop with a ward, department or team, held for one strategy. */
export const workshops = pgTable(
  'workshops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** Free text ("Chemotherapy day unit nurses"): teams rarely match the org chart exactly. */
    department: text('department'),
    /** Optionally the org unit it stands for, so later breakdowns can count it there. */
    orgUnitId: uuid('org_unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    facilitator: text('facilitator'),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workshops_strategy').on(t.strategyId, t.heldOn)],
);

/** How many people of each staff group came: counts only, never names. */
export const workshopAttendance = pgTable(
  'workshop_attendance',
  {
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    staffGroupId: uuid('staff_group_id')
      .notNull()
      .references(() => staffGroups.id, { onDelete: 'cascade' }),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workshopId, t.staffGroupId] }),
    check('workshop_attendance_non_negative', sql`${t.count} >= 0`),
  ],
);

/**
 * Columns of the workshop's board. Positions are kept dense (0, 1, 2…) by the commands,
 * under a lock on the workshop row, rather than by a unique index: renumbering a column's
 * notes in one go would trip a non-deferred unique index halfway through.
 */
export const workshopColumns = pgTable(
  'workshop_columns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workshop_columns_workshop').on(t.workshopId, t.position)],
);

/** What one person (or table) wrote on one sticky note; staff are never named. */
export const stickyNotes = pgTable(
  'sticky_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workshopId: uuid('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    columnId: uuid('column_id')
      .notNull()
      .references(() => workshopColumns.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sticky_notes_column').on(t.columnId, t.position), index('sticky_notes_workshop').on(t.workshopId)],
);
