import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { strategies } from '../strategies/tables.js';

export const INTERVIEW_CONSENTS = ['notes', 'notes_and_quotes', 'declined'] as const;
export const INTERVIEW_ITEM_KINDS = ['driver', 'priority'] as const;

/**
 * One conversation with a senior leader. Interviews belong to a strategy (each engagement
 * interviews again) and go when the strategy goes.
 */
export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    /** "Medical Director": the role is what the strategy needs; the name is optional. */
    intervieweeRole: text('interviewee_role').notNull(),
    intervieweeName: text('interviewee_name'),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** A member of the organisation when recorded; kept (as null) if their account goes. */
    interviewerUserId: uuid('interviewer_user_id').references(() => users.id, { onDelete: 'set null' }),
    consent: text('consent', { enum: INTERVIEW_CONSENTS }).notNull(),
    notes: text('notes').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('interviews_strategy').on(t.strategyId, t.heldOn),
    // The rule is checked in the command with a plain-English reason; this is the backstop.
    check('interviews_declined_keeps_no_notes', sql`${t.consent} <> 'declined' OR ${t.notes} = ''`),
  ],
);

/**
 * What several items mean together: "Single EPR" and "One electronic patient record" end up
 * in one topic when a person merges them. Topics are per strategy and kind; the label is
 * unique (ignoring case and spacing) so adding an item can find its topic by label.
 */
export const interviewTopics = pgTable(
  'interview_topics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: INTERVIEW_ITEM_KINDS }).notNull(),
    label: text('label').notNull(),
    /** Lower-cased with runs of spaces collapsed: the key adding an item matches on. */
    labelKey: text('label_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('interview_topics_label').on(t.strategyId, t.kind, t.labelKey)],
);

/** A driver or priority as said in one interview, in the interviewer's short words. */
export const interviewItems = pgTable(
  'interview_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    // No action (checked at the end of the statement): a topic is removed by the command that
    // empties it, never from under its items, yet deleting a strategy still cascades to both.
    topicId: uuid('topic_id')
      .notNull()
      .references(() => interviewTopics.id, { onDelete: 'no action' }),
    label: text('label').notNull(),
    labelKey: text('label_key').notNull(),
    detail: text('detail'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interview_items_interview').on(t.interviewId), index('interview_items_topic').on(t.topicId, t.labelKey)],
);
