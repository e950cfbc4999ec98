import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { organisations } from '../organisations/tables.js';
import { strategies } from '../strategies/tables.js';

/**
 * A numbered version of the mission (with optional vision and principles). Versions are never
 * edited once another follows; at most one per strategy is agreed, and editing it starts a new draft.
 */
export const missionVersions = pgTable(
  'mission_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    strategyId: uuid('strategy_id')
      .notNull()
      .references(() => strategies.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    mission: text('mission').notNull(),
    vision: text('vision').notNull().default(''),
    /** Markdown list of principles. */
    principles: text('principles').notNull().default(''),
    /** Why this version differs from the last, in the author's words. */
    changeNote: text('change_note').notNull().default(''),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    agreedByUserId: uuid('agreed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    agreedAt: timestamp('agreed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('mission_versions_number').on(t.strategyId, t.number),
    // One agreed version per strategy, enforced by the database.
    uniqueIndex('mission_versions_agreed').on(t.strategyId).where(sql`${t.agreedAt} IS NOT NULL`),
    index('mission_versions_strategy').on(t.strategyId, t.number),
  ],
);
