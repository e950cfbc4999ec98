import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { organisations } from '../organisations/tables.js';
import { initiatives } from '../roadmap/tables.js';
import { strategies } from '../strategies/tables.js';

/** Dated delivery updates of an initiative, newest last; the latest says where it stands. */
export const initiativeUpdates = pgTable(
  'initiative_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    recordedOn: date('recorded_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    rag: text('rag', { enum: ['green', 'amber', 'red'] }).notNull(),
    ragReason: text('rag_reason').notNull().default(''),
    percentComplete: integer('percent_complete').notNull(),
    note: text('note').notNull().default(''),
    blockers: text('blockers').notNull().default(''),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('initiative_updates_initiative').on(t.initiativeId, t.recordedOn, t.createdAt),
    check('initiative_updates_percent', sql`${t.percentComplete} BETWEEN 0 AND 100`),
  ],
);

/**
 * Milestones of an initiative: what should be finished by when, and the day it was. Kept apart
 * from the updates because a milestone is planned ahead and ticked off, not reported on a day.
 */
export const initiativeMilestones = pgTable(
  'initiative_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('initiative_milestones_initiative').on(t.initiativeId, t.dueOn), index('initiative_milestones_strategy').on(t.strategyId, t.dueOn)],
);

/**
 * When each organisation's strategy team last got the "updates and milestones overdue" digest,
 * so the daily check sends it at most once a week (the row is claimed in the same transaction
 * as the messages are queued).
 */
export const deliveryReminderDigests = pgTable('delivery_reminder_digests', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id, { onDelete: 'cascade' }),
  lastSentAt: timestamp('last_sent_at', { withTimezone: true }).notNull(),
});
